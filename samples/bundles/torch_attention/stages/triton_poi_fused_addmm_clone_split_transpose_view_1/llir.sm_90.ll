; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_addmm_clone_split_transpose_view_1(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, i32 %4, ptr addrspace(1) nofree readnone captures(none) %5, ptr addrspace(1) nofree readnone captures(none) %6) local_unnamed_addr #0 !dbg !4 {
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y(), !dbg !12
  %9 = shl nuw nsw i32 %8, 5, !dbg !12
  %10 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %11 = shl nuw nsw i32 %10, 2, !dbg !13
  %12 = and i32 %11, 28, !dbg !13
  %13 = lshr i32 %10, 3, !dbg !13
  %14 = and i32 %13, 15, !dbg !13
  %15 = or disjoint i32 %14, 16, !dbg !13
  %16 = or disjoint i32 %14, %9, !dbg !14
  %17 = or disjoint i32 %15, %9, !dbg !14
  %18 = icmp samesign ult i32 %8, 4, !dbg !15
  %19 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !16
  %20 = shl i32 %19, 5, !dbg !16
  %21 = or disjoint i32 %14, %20, !dbg !17
  %22 = or disjoint i32 %15, %20, !dbg !17
  %23 = or disjoint i32 %12, %20, !dbg !17
  %24 = icmp slt i32 %21, 64, !dbg !18
  %25 = icmp slt i32 %23, 64, !dbg !18
  %.masked = and i32 %9, 32, !dbg !19
  %26 = lshr i32 %8, 1, !dbg !20
  %27 = or disjoint i32 %12, %.masked, !dbg !21
  %28 = or disjoint i32 %27, 64, !dbg !21
  %29 = zext nneg i32 %28 to i64, !dbg !22
  %30 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %29, !dbg !22
  %31 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #3, !dbg !23
  %32 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$6 ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l,b"(ptr addrspace(1) %30, i64 %31, i1 %18) #3, !dbg !23
  %33 = extractvalue { i32, i32, i32, i32 } %32, 0, !dbg !23
  %34 = extractvalue { i32, i32, i32, i32 } %32, 1, !dbg !23
  %35 = extractvalue { i32, i32, i32, i32 } %32, 2, !dbg !23
  %36 = extractvalue { i32, i32, i32, i32 } %32, 3, !dbg !23
  %37 = mul i32 %21, 192, !dbg !24
  %38 = mul i32 %22, 192, !dbg !24
  %39 = mul nuw nsw i32 %26, 12288, !dbg !25
  %40 = or disjoint i32 %28, %39, !dbg !26
  %41 = add i32 %40, %37, !dbg !26
  %42 = add i32 %40, %38, !dbg !26
  %43 = sext i32 %41 to i64, !dbg !27
  %44 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %43, !dbg !27
  %45 = sext i32 %42 to i64, !dbg !27
  %46 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %45, !dbg !27
  %47 = and i1 %18, %24, !dbg !28
  %48 = and i1 %18, %25, !dbg !28
  %49 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %44, i1 %47) #3, !dbg !29
  %50 = extractvalue { i32, i32, i32, i32 } %49, 0, !dbg !29
  %51 = extractvalue { i32, i32, i32, i32 } %49, 1, !dbg !29
  %52 = extractvalue { i32, i32, i32, i32 } %49, 2, !dbg !29
  %53 = extractvalue { i32, i32, i32, i32 } %49, 3, !dbg !29
  %54 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %46, i1 %47) #3, !dbg !29
  %55 = extractvalue { i32, i32, i32, i32 } %54, 0, !dbg !29
  %56 = extractvalue { i32, i32, i32, i32 } %54, 1, !dbg !29
  %57 = extractvalue { i32, i32, i32, i32 } %54, 2, !dbg !29
  %58 = extractvalue { i32, i32, i32, i32 } %54, 3, !dbg !29
  %59 = insertelement <4 x i32> poison, i32 %33, i64 0, !dbg !23
  %60 = insertelement <4 x i32> %59, i32 %34, i64 1, !dbg !23
  %61 = insertelement <4 x i32> %60, i32 %35, i64 2, !dbg !23
  %62 = insertelement <4 x i32> %61, i32 %36, i64 3, !dbg !23
  %63 = bitcast <4 x i32> %62 to <4 x float>, !dbg !23
  %64 = shufflevector <4 x float> %63, <4 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 0, i32 1, i32 2, i32 3>, !dbg !23
  %65 = insertelement <8 x i32> poison, i32 %50, i64 0, !dbg !29
  %66 = insertelement <8 x i32> %65, i32 %51, i64 1, !dbg !29
  %67 = insertelement <8 x i32> %66, i32 %52, i64 2, !dbg !29
  %68 = insertelement <8 x i32> %67, i32 %53, i64 3, !dbg !29
  %69 = insertelement <8 x i32> %68, i32 %55, i64 4, !dbg !29
  %70 = insertelement <8 x i32> %69, i32 %56, i64 5, !dbg !29
  %71 = insertelement <8 x i32> %70, i32 %57, i64 6, !dbg !29
  %72 = insertelement <8 x i32> %71, i32 %58, i64 7, !dbg !29
  %73 = bitcast <8 x i32> %72 to <8 x float>, !dbg !29
  %74 = fadd <8 x float> %64, %73, !dbg !30
  %75 = shl nuw nsw i32 %16, 6, !dbg !31
  %76 = shl nuw nsw i32 %17, 6, !dbg !31
  %77 = add i32 %75, %23, !dbg !32
  %78 = add i32 %76, %23, !dbg !32
  %79 = sext i32 %77 to i64, !dbg !33
  %80 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %79, !dbg !33
  %81 = sext i32 %78 to i64, !dbg !33
  %82 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %81, !dbg !33
  %83 = shl nuw nsw i32 %10, 7, !dbg !34
  %84 = and i32 %83, 1536, !dbg !34
  %85 = shl nuw nsw i32 %10, 3, !dbg !34
  %86 = and i32 %85, 120, !dbg !34
  %87 = and i32 %10, 96, !dbg !34
  %88 = and i32 %10, 16, !dbg !34
  %89 = icmp eq i32 %88, 0, !dbg !34
  %90 = select i1 %89, i32 0, i32 2052, !dbg !34
  %91 = or disjoint i32 %84, %86, !dbg !34
  %92 = xor i32 %91, %87, !dbg !34
  %93 = or disjoint i32 %92, %90, !dbg !34
  %94 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %93, !dbg !34
  %95 = extractelement <8 x float> %74, i64 0, !dbg !34
  store float %95, ptr addrspace(3) %94, align 4, !dbg !34
  %96 = xor i32 %93, 136, !dbg !34
  %97 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %96, !dbg !34
  %98 = extractelement <8 x float> %74, i64 1, !dbg !34
  store float %98, ptr addrspace(3) %97, align 4, !dbg !34
  %99 = xor i32 %93, 272, !dbg !34
  %100 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %99, !dbg !34
  %101 = extractelement <8 x float> %74, i64 2, !dbg !34
  store float %101, ptr addrspace(3) %100, align 4, !dbg !34
  %102 = xor i32 %93, 408, !dbg !34
  %103 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %102, !dbg !34
  %104 = extractelement <8 x float> %74, i64 3, !dbg !34
  store float %104, ptr addrspace(3) %103, align 4, !dbg !34
  %105 = xor i32 %93, 4, !dbg !34
  %106 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %105, !dbg !34
  %107 = extractelement <8 x float> %74, i64 4, !dbg !34
  store float %107, ptr addrspace(3) %106, align 4, !dbg !34
  %108 = xor i32 %93, 140, !dbg !34
  %109 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %108, !dbg !34
  %110 = extractelement <8 x float> %74, i64 5, !dbg !34
  store float %110, ptr addrspace(3) %109, align 4, !dbg !34
  %111 = xor i32 %93, 276, !dbg !34
  %112 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %111, !dbg !34
  %113 = extractelement <8 x float> %74, i64 6, !dbg !34
  store float %113, ptr addrspace(3) %112, align 4, !dbg !34
  %114 = xor i32 %93, 412, !dbg !34
  %115 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %114, !dbg !34
  %116 = extractelement <8 x float> %74, i64 7, !dbg !34
  store float %116, ptr addrspace(3) %115, align 4, !dbg !34
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !34
  %117 = shl nuw nsw i32 %10, 5, !dbg !34
  %118 = and i32 %117, 96, !dbg !34
  %119 = shl nuw nsw i32 %10, 4, !dbg !34
  %120 = and i32 %119, 384, !dbg !34
  %121 = and i32 %10, 28, !dbg !34
  %122 = lshr exact i32 %87, 2, !dbg !34
  %123 = or disjoint i32 %118, %120, !dbg !34
  %124 = xor i32 %122, %121, !dbg !34
  %125 = or disjoint i32 %123, %124, !dbg !34
  %126 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %125, !dbg !34
  %127 = load i32, ptr addrspace(3) %126, align 4, !dbg !34
  %128 = xor i32 %125, 1088, !dbg !34
  %129 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %128, !dbg !34
  %130 = load i32, ptr addrspace(3) %129, align 4, !dbg !34
  %131 = xor i32 %125, 2052, !dbg !34
  %132 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %131, !dbg !34
  %133 = load i32, ptr addrspace(3) %132, align 4, !dbg !34
  %134 = xor i32 %125, 3140, !dbg !34
  %135 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %134, !dbg !34
  %136 = load i32, ptr addrspace(3) %135, align 4, !dbg !34
  %137 = xor i32 %125, 544, !dbg !34
  %138 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %137, !dbg !34
  %139 = load i32, ptr addrspace(3) %138, align 4, !dbg !34
  %140 = xor i32 %125, 1632, !dbg !34
  %141 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %140, !dbg !34
  %142 = load i32, ptr addrspace(3) %141, align 4, !dbg !34
  %143 = xor i32 %125, 2596, !dbg !34
  %144 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %143, !dbg !34
  %145 = load i32, ptr addrspace(3) %144, align 4, !dbg !34
  %146 = xor i32 %125, 3684, !dbg !34
  %147 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %146, !dbg !34
  %148 = load i32, ptr addrspace(3) %147, align 4, !dbg !34
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %127, i32 %130, i32 %133, i32 %136, ptr addrspace(1) %80, i1 %48) #3, !dbg !34
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %139, i32 %142, i32 %145, i32 %148, ptr addrspace(1) %82, i1 %48) #3, !dbg !34
  ret void, !dbg !35
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 65535) i32 @llvm.nvvm.read.ptx.sreg.ctaid.y() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #2

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cmytzyq64bzmiob362yceszywxm7454vgohwx5dk5rwbveesjdqi.py", directory: "/tmp/torchinductor_root/my")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "triton_poi_fused_addmm_clone_split_transpose_view_1", linkageName: "triton_poi_fused_addmm_clone_split_transpose_view_1", scope: !1, file: !1, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !7, !9, !9, !10, !10}
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !8, size: 64, dwarfAddressSpace: 1)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !11, size: 64, dwarfAddressSpace: 1)
!11 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!12 = !DILocation(line: 21, column: 15, scope: !4)
!13 = !DILocation(line: 22, column: 24, scope: !4)
!14 = !DILocation(line: 22, column: 14, scope: !4)
!15 = !DILocation(line: 23, column: 13, scope: !4)
!16 = !DILocation(line: 24, column: 15, scope: !4)
!17 = !DILocation(line: 25, column: 14, scope: !4)
!18 = !DILocation(line: 26, column: 13, scope: !4)
!19 = !DILocation(line: 27, column: 11, scope: !4)
!20 = !DILocation(line: 29, column: 10, scope: !4)
!21 = !DILocation(line: 31, column: 31, scope: !4)
!22 = !DILocation(line: 31, column: 20, scope: !4)
!23 = !DILocation(line: 31, column: 12, scope: !4)
!24 = !DILocation(line: 32, column: 41, scope: !4)
!25 = !DILocation(line: 32, column: 50, scope: !4)
!26 = !DILocation(line: 32, column: 31, scope: !4)
!27 = !DILocation(line: 32, column: 20, scope: !4)
!28 = !DILocation(line: 32, column: 61, scope: !4)
!29 = !DILocation(line: 32, column: 12, scope: !4)
!30 = !DILocation(line: 33, column: 12, scope: !4)
!31 = !DILocation(line: 34, column: 31, scope: !4)
!32 = !DILocation(line: 34, column: 26, scope: !4)
!33 = !DILocation(line: 34, column: 14, scope: !4)
!34 = !DILocation(line: 34, column: 5, scope: !4)
!35 = !DILocation(line: 18, column: 1, scope: !4)
