; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_addmm_clone_split_transpose_view_1(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, i32 %4, ptr addrspace(1) nofree readnone captures(none) %5, ptr addrspace(1) nofree readnone captures(none) %6) local_unnamed_addr #0 !dbg !4 {
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y(), !dbg !12
  %9 = shl nuw nsw i32 %8, 5, !dbg !12
  %10 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %11 = shl nuw nsw i32 %10, 2, !dbg !13
  %12 = and i32 %11, 28, !dbg !13
  %13 = lshr i32 %10, 3, !dbg !13
  %14 = or disjoint i32 %13, 16, !dbg !13
  %15 = or disjoint i32 %13, %9, !dbg !14
  %16 = or disjoint i32 %14, %9, !dbg !14
  %17 = icmp samesign ult i32 %8, 4, !dbg !15
  %18 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !16
  %19 = shl i32 %18, 5, !dbg !16
  %20 = or disjoint i32 %13, %19, !dbg !17
  %21 = or disjoint i32 %14, %19, !dbg !17
  %22 = or disjoint i32 %12, %19, !dbg !17
  %23 = icmp slt i32 %20, 64, !dbg !18
  %24 = icmp slt i32 %22, 64, !dbg !18
  %.masked = and i32 %9, 32, !dbg !19
  %25 = lshr i32 %8, 1, !dbg !20
  %26 = or disjoint i32 %.masked, %12, !dbg !21
  %27 = or disjoint i32 %26, 64, !dbg !21
  %28 = zext nneg i32 %27 to i64, !dbg !22
  %29 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %28, !dbg !22
  %30 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #3, !dbg !23
  %31 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$6 ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l,b"(ptr addrspace(1) %29, i64 %30, i1 %17) #3, !dbg !23
  %32 = extractvalue { i32, i32, i32, i32 } %31, 0, !dbg !23
  %33 = extractvalue { i32, i32, i32, i32 } %31, 1, !dbg !23
  %34 = extractvalue { i32, i32, i32, i32 } %31, 2, !dbg !23
  %35 = extractvalue { i32, i32, i32, i32 } %31, 3, !dbg !23
  %36 = mul i32 %20, 192, !dbg !24
  %37 = mul i32 %21, 192, !dbg !24
  %38 = mul nuw nsw i32 %25, 12288, !dbg !25
  %39 = or disjoint i32 %27, %38, !dbg !26
  %40 = add i32 %39, %36, !dbg !26
  %41 = add i32 %39, %37, !dbg !26
  %42 = sext i32 %40 to i64, !dbg !27
  %43 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %42, !dbg !27
  %44 = sext i32 %41 to i64, !dbg !27
  %45 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %44, !dbg !27
  %46 = and i1 %17, %23, !dbg !28
  %47 = and i1 %17, %24, !dbg !28
  %48 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %43, i1 %46) #3, !dbg !29
  %49 = extractvalue { i32, i32, i32, i32 } %48, 0, !dbg !29
  %50 = extractvalue { i32, i32, i32, i32 } %48, 1, !dbg !29
  %51 = extractvalue { i32, i32, i32, i32 } %48, 2, !dbg !29
  %52 = extractvalue { i32, i32, i32, i32 } %48, 3, !dbg !29
  %53 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %45, i1 %46) #3, !dbg !29
  %54 = extractvalue { i32, i32, i32, i32 } %53, 0, !dbg !29
  %55 = extractvalue { i32, i32, i32, i32 } %53, 1, !dbg !29
  %56 = extractvalue { i32, i32, i32, i32 } %53, 2, !dbg !29
  %57 = extractvalue { i32, i32, i32, i32 } %53, 3, !dbg !29
  %58 = insertelement <4 x i32> poison, i32 %32, i64 0, !dbg !23
  %59 = insertelement <4 x i32> %58, i32 %33, i64 1, !dbg !23
  %60 = insertelement <4 x i32> %59, i32 %34, i64 2, !dbg !23
  %61 = insertelement <4 x i32> %60, i32 %35, i64 3, !dbg !23
  %62 = bitcast <4 x i32> %61 to <4 x float>, !dbg !23
  %63 = shufflevector <4 x float> %62, <4 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 0, i32 1, i32 2, i32 3>, !dbg !23
  %64 = insertelement <8 x i32> poison, i32 %49, i64 0, !dbg !29
  %65 = insertelement <8 x i32> %64, i32 %50, i64 1, !dbg !29
  %66 = insertelement <8 x i32> %65, i32 %51, i64 2, !dbg !29
  %67 = insertelement <8 x i32> %66, i32 %52, i64 3, !dbg !29
  %68 = insertelement <8 x i32> %67, i32 %54, i64 4, !dbg !29
  %69 = insertelement <8 x i32> %68, i32 %55, i64 5, !dbg !29
  %70 = insertelement <8 x i32> %69, i32 %56, i64 6, !dbg !29
  %71 = insertelement <8 x i32> %70, i32 %57, i64 7, !dbg !29
  %72 = bitcast <8 x i32> %71 to <8 x float>, !dbg !29
  %73 = fadd <8 x float> %63, %72, !dbg !30
  %74 = shl nuw nsw i32 %15, 6, !dbg !31
  %75 = shl nuw nsw i32 %16, 6, !dbg !31
  %76 = add i32 %74, %22, !dbg !32
  %77 = add i32 %75, %22, !dbg !32
  %78 = sext i32 %76 to i64, !dbg !33
  %79 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %78, !dbg !33
  %80 = sext i32 %77 to i64, !dbg !33
  %81 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %80, !dbg !33
  %82 = shl nuw nsw i32 %10, 7, !dbg !34
  %83 = and i32 %82, 1536, !dbg !34
  %84 = shl nuw nsw i32 %10, 3, !dbg !34
  %85 = and i32 %84, 120, !dbg !34
  %86 = and i32 %10, 96, !dbg !34
  %87 = and i32 %10, 16, !dbg !34
  %88 = icmp eq i32 %87, 0, !dbg !34
  %89 = select i1 %88, i32 0, i32 2052, !dbg !34
  %90 = or disjoint i32 %83, %85, !dbg !34
  %91 = xor i32 %90, %86, !dbg !34
  %92 = or disjoint i32 %91, %89, !dbg !34
  %93 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %92, !dbg !34
  %94 = extractelement <8 x float> %73, i64 0, !dbg !34
  store float %94, ptr addrspace(3) %93, align 4, !dbg !34
  %95 = xor i32 %92, 136, !dbg !34
  %96 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %95, !dbg !34
  %97 = extractelement <8 x float> %73, i64 1, !dbg !34
  store float %97, ptr addrspace(3) %96, align 4, !dbg !34
  %98 = xor i32 %92, 272, !dbg !34
  %99 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %98, !dbg !34
  %100 = extractelement <8 x float> %73, i64 2, !dbg !34
  store float %100, ptr addrspace(3) %99, align 4, !dbg !34
  %101 = xor i32 %92, 408, !dbg !34
  %102 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %101, !dbg !34
  %103 = extractelement <8 x float> %73, i64 3, !dbg !34
  store float %103, ptr addrspace(3) %102, align 4, !dbg !34
  %104 = xor i32 %92, 4, !dbg !34
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %104, !dbg !34
  %106 = extractelement <8 x float> %73, i64 4, !dbg !34
  store float %106, ptr addrspace(3) %105, align 4, !dbg !34
  %107 = xor i32 %92, 140, !dbg !34
  %108 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %107, !dbg !34
  %109 = extractelement <8 x float> %73, i64 5, !dbg !34
  store float %109, ptr addrspace(3) %108, align 4, !dbg !34
  %110 = xor i32 %92, 276, !dbg !34
  %111 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %110, !dbg !34
  %112 = extractelement <8 x float> %73, i64 6, !dbg !34
  store float %112, ptr addrspace(3) %111, align 4, !dbg !34
  %113 = xor i32 %92, 412, !dbg !34
  %114 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %113, !dbg !34
  %115 = extractelement <8 x float> %73, i64 7, !dbg !34
  store float %115, ptr addrspace(3) %114, align 4, !dbg !34
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !34
  %116 = shl nuw nsw i32 %10, 5, !dbg !34
  %117 = and i32 %116, 96, !dbg !34
  %118 = shl nuw nsw i32 %10, 4, !dbg !34
  %119 = and i32 %118, 384, !dbg !34
  %120 = and i32 %10, 28, !dbg !34
  %121 = lshr exact i32 %86, 2, !dbg !34
  %122 = or disjoint i32 %117, %119, !dbg !34
  %123 = xor i32 %121, %120, !dbg !34
  %124 = or disjoint i32 %122, %123, !dbg !34
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %124, !dbg !34
  %126 = load i32, ptr addrspace(3) %125, align 4, !dbg !34
  %127 = xor i32 %124, 1088, !dbg !34
  %128 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %127, !dbg !34
  %129 = load i32, ptr addrspace(3) %128, align 4, !dbg !34
  %130 = xor i32 %124, 2052, !dbg !34
  %131 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %130, !dbg !34
  %132 = load i32, ptr addrspace(3) %131, align 4, !dbg !34
  %133 = xor i32 %124, 3140, !dbg !34
  %134 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %133, !dbg !34
  %135 = load i32, ptr addrspace(3) %134, align 4, !dbg !34
  %136 = xor i32 %124, 544, !dbg !34
  %137 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %136, !dbg !34
  %138 = load i32, ptr addrspace(3) %137, align 4, !dbg !34
  %139 = xor i32 %124, 1632, !dbg !34
  %140 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %139, !dbg !34
  %141 = load i32, ptr addrspace(3) %140, align 4, !dbg !34
  %142 = xor i32 %124, 2596, !dbg !34
  %143 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %142, !dbg !34
  %144 = load i32, ptr addrspace(3) %143, align 4, !dbg !34
  %145 = xor i32 %124, 3684, !dbg !34
  %146 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %145, !dbg !34
  %147 = load i32, ptr addrspace(3) %146, align 4, !dbg !34
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %126, i32 %129, i32 %132, i32 %135, ptr addrspace(1) %79, i1 %47) #3, !dbg !34
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %138, i32 %141, i32 %144, i32 %147, ptr addrspace(1) %81, i1 %47) #3, !dbg !34
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
