; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_convolution_0(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, i32 %3, ptr addrspace(1) nofree readnone captures(none) %4, ptr addrspace(1) nofree readnone captures(none) %5) local_unnamed_addr #0 !dbg !4 {
  %7 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y(), !dbg !12
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %9 = and i32 %8, 96, !dbg !13
  %10 = lshr exact i32 %9, 5, !dbg !13
  %11 = icmp eq i32 %7, 0, !dbg !14
  %12 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !15
  %13 = shl i32 %12, 7, !dbg !15
  %14 = shl nuw nsw i32 %8, 2, !dbg !16
  %15 = and i32 %14, 124, !dbg !16
  %16 = and i32 %8, 127, !dbg !16
  %17 = or disjoint i32 %15, %13, !dbg !17
  %18 = or disjoint i32 %13, %16, !dbg !17
  %19 = icmp slt i32 %17, 256, !dbg !18
  %20 = icmp slt i32 %18, 256, !dbg !18
  %21 = shl nuw nsw i32 %7, 3, !dbg !12
  %22 = or disjoint i32 %10, %21, !dbg !19
  %23 = or disjoint i32 %22, 4, !dbg !19
  %24 = insertelement <4 x i32> poison, i32 %21, i64 0, !dbg !19
  %25 = shufflevector <4 x i32> %24, <4 x i32> poison, <4 x i32> zeroinitializer, !dbg !19
  %26 = or disjoint <4 x i32> %25, <i32 0, i32 1, i32 2, i32 3>, !dbg !19
  %27 = icmp samesign ult i32 %22, 6, !dbg !14
  %28 = icmp samesign ult i32 %23, 6, !dbg !14
  %29 = extractelement <4 x i32> %26, i64 2, !dbg !14
  %30 = icmp samesign ult i32 %29, 6, !dbg !14
  %31 = shufflevector <4 x i32> %24, <4 x i32> %26, <4 x i32> <i32 0, i32 0, i32 6, i32 7>, !dbg !19
  %32 = or disjoint <4 x i32> %31, <i32 0, i32 1, i32 0, i32 0>, !dbg !19
  %33 = urem <4 x i32> %32, splat (i32 3), !dbg !20
  %34 = udiv <4 x i32> %26, splat (i32 3), !dbg !21
  %35 = or disjoint <4 x i32> %25, <i32 4, i32 5, i32 6, i32 7>, !dbg !19
  %36 = extractelement <4 x i32> %35, i64 0, !dbg !14
  %37 = icmp samesign ult i32 %36, 6, !dbg !14
  %38 = udiv <4 x i32> %35, splat (i32 3), !dbg !21
  %39 = mul <4 x i32> %38, splat (i32 3), !dbg !20
  %.decomposed = sub <4 x i32> %35, %39, !dbg !20
  %40 = shl nuw nsw i32 %22, 8, !dbg !22
  %41 = shl nuw nsw i32 %23, 8, !dbg !22
  %42 = add i32 %40, %17, !dbg !23
  %43 = add i32 %41, %17, !dbg !23
  %44 = sext i32 %42 to i64, !dbg !24
  %45 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %44, !dbg !24
  %46 = sext i32 %43 to i64, !dbg !24
  %47 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %46, !dbg !24
  %48 = and i1 %19, %27, !dbg !25
  %49 = and i1 %19, %28, !dbg !25
  %50 = and i1 %11, %20, !dbg !25
  %51 = and i1 %20, %30, !dbg !25
  %52 = and i1 %20, %37, !dbg !25
  %53 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %45, i1 %48) #4, !dbg !26
  %54 = extractvalue { i32, i32, i32, i32 } %53, 0, !dbg !26
  %55 = extractvalue { i32, i32, i32, i32 } %53, 1, !dbg !26
  %56 = extractvalue { i32, i32, i32, i32 } %53, 2, !dbg !26
  %57 = extractvalue { i32, i32, i32, i32 } %53, 3, !dbg !26
  %58 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %47, i1 %49) #4, !dbg !26
  %59 = extractvalue { i32, i32, i32, i32 } %58, 0, !dbg !26
  %60 = extractvalue { i32, i32, i32, i32 } %58, 1, !dbg !26
  %61 = extractvalue { i32, i32, i32, i32 } %58, 2, !dbg !26
  %62 = extractvalue { i32, i32, i32, i32 } %58, 3, !dbg !26
  %63 = mul i32 %18, 3, !dbg !27
  %64 = extractelement <4 x i32> %33, i64 0, !dbg !28
  %65 = add i32 %63, %64, !dbg !28
  %66 = extractelement <4 x i32> %33, i64 1, !dbg !28
  %67 = add i32 %66, %63, !dbg !28
  %68 = extractelement <4 x i32> %33, i64 2, !dbg !28
  %69 = add i32 %68, %63, !dbg !28
  %70 = extractelement <4 x i32> %33, i64 3, !dbg !28
  %71 = add i32 %70, %63, !dbg !28
  %72 = extractelement <4 x i32> %.decomposed, i64 0, !dbg !28
  %73 = add i32 %72, %63, !dbg !28
  %74 = extractelement <4 x i32> %.decomposed, i64 1, !dbg !28
  %75 = add i32 %74, %63, !dbg !28
  %76 = extractelement <4 x i32> %.decomposed, i64 2, !dbg !28
  %77 = add i32 %76, %63, !dbg !28
  %78 = extractelement <4 x i32> %.decomposed, i64 3, !dbg !28
  %79 = add i32 %78, %63, !dbg !28
  %80 = extractelement <4 x i32> %34, i64 0, !dbg !29
  %81 = mul nuw nsw i32 %80, 768, !dbg !29
  %82 = extractelement <4 x i32> %34, i64 1, !dbg !29
  %83 = mul nuw nsw i32 %82, 768, !dbg !29
  %84 = extractelement <4 x i32> %34, i64 2, !dbg !29
  %85 = mul nuw nsw i32 %84, 768, !dbg !29
  %86 = extractelement <4 x i32> %34, i64 3, !dbg !29
  %87 = mul nuw nsw i32 %86, 768, !dbg !29
  %88 = extractelement <4 x i32> %38, i64 0, !dbg !29
  %89 = mul nuw nsw i32 %88, 768, !dbg !29
  %90 = extractelement <4 x i32> %38, i64 1, !dbg !29
  %91 = mul nuw nsw i32 %90, 768, !dbg !29
  %92 = extractelement <4 x i32> %38, i64 2, !dbg !29
  %93 = mul nuw nsw i32 %92, 768, !dbg !29
  %94 = extractelement <4 x i32> %38, i64 3, !dbg !29
  %95 = mul nuw nsw i32 %94, 768, !dbg !29
  %96 = add i32 %65, %81, !dbg !28
  %97 = add i32 %67, %83, !dbg !28
  %98 = add i32 %69, %85, !dbg !28
  %99 = add i32 %71, %87, !dbg !28
  %100 = add i32 %73, %89, !dbg !28
  %101 = add i32 %75, %91, !dbg !28
  %102 = add i32 %77, %93, !dbg !28
  %103 = add i32 %79, %95, !dbg !28
  %104 = sext i32 %96 to i64, !dbg !30
  %105 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %104, !dbg !30
  %106 = sext i32 %97 to i64, !dbg !30
  %107 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %106, !dbg !30
  %108 = sext i32 %98 to i64, !dbg !30
  %109 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %108, !dbg !30
  %110 = sext i32 %99 to i64, !dbg !30
  %111 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %110, !dbg !30
  %112 = sext i32 %100 to i64, !dbg !30
  %113 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %112, !dbg !30
  %114 = sext i32 %101 to i64, !dbg !30
  %115 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %114, !dbg !30
  %116 = sext i32 %102 to i64, !dbg !30
  %117 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %116, !dbg !30
  %118 = sext i32 %103 to i64, !dbg !30
  %119 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %118, !dbg !30
  %120 = shl nuw nsw i32 %8, 6, !dbg !31
  %121 = and i32 %120, 1536, !dbg !31
  %122 = shl nuw nsw i32 %8, 4, !dbg !31
  %123 = and i32 %122, 112, !dbg !31
  %124 = shl nuw nsw i32 %9, 2, !dbg !31
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %121, !dbg !31
  %126 = getelementptr inbounds nuw i8, ptr addrspace(3) %125, i32 %123, !dbg !31
  %127 = getelementptr inbounds nuw i8, ptr addrspace(3) %126, i32 %124, !dbg !31
  %128 = insertelement <4 x i32> poison, i32 %54, i64 0, !dbg !31
  %129 = insertelement <4 x i32> %128, i32 %55, i64 1, !dbg !31
  %130 = insertelement <4 x i32> %129, i32 %56, i64 2, !dbg !31
  %131 = insertelement <4 x i32> %130, i32 %57, i64 3, !dbg !31
  store <4 x i32> %131, ptr addrspace(3) %127, align 16, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %132 = shl nuw nsw i32 %16, 4, !dbg !31
  %133 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %132, !dbg !31
  %134 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %133), !dbg !31
  %135 = extractvalue { i32, i32, i32, i32 } %134, 0, !dbg !31
  %136 = extractvalue { i32, i32, i32, i32 } %134, 1, !dbg !31
  %137 = extractvalue { i32, i32, i32, i32 } %134, 2, !dbg !31
  %138 = extractvalue { i32, i32, i32, i32 } %134, 3, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %139 = insertelement <4 x i32> poison, i32 %59, i64 0, !dbg !31
  %140 = insertelement <4 x i32> %139, i32 %60, i64 1, !dbg !31
  %141 = insertelement <4 x i32> %140, i32 %61, i64 2, !dbg !31
  %142 = insertelement <4 x i32> %141, i32 %62, i64 3, !dbg !31
  store <4 x i32> %142, ptr addrspace(3) %127, align 16, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %143 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %133), !dbg !31
  %144 = extractvalue { i32, i32, i32, i32 } %143, 0, !dbg !31
  %145 = extractvalue { i32, i32, i32, i32 } %143, 1, !dbg !31
  %146 = extractvalue { i32, i32, i32, i32 } %143, 2, !dbg !31
  %147 = extractvalue { i32, i32, i32, i32 } %143, 3, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %135, ptr addrspace(1) %105, i1 %50) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %136, ptr addrspace(1) %107, i1 %50) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %137, ptr addrspace(1) %109, i1 %51) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %138, ptr addrspace(1) %111, i1 %51) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %144, ptr addrspace(1) %113, i1 %52) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %145, ptr addrspace(1) %115, i1 %52) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %146, ptr addrspace(1) %117, i1 false) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %147, ptr addrspace(1) %119, i1 false) #4, !dbg !31
  ret void, !dbg !32
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 65535) i32 @llvm.nvvm.read.ptx.sreg.ctaid.y() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #2

; Function Attrs: convergent nocallback nofree nounwind memory(argmem: read)
declare { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) readonly captures(none)) #3

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind }
attributes #3 = { convergent nocallback nofree nounwind memory(argmem: read) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cqaqkjzf37rzukuh3pcjte76qdbhslcq5ifyvkkuzadsofvzvmnf.py", directory: "/tmp/torchinductor_root/qa")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "triton_poi_fused_convolution_0", linkageName: "triton_poi_fused_convolution_0", scope: !1, file: !1, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !9, !9, !10, !10}
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !8, size: 64, dwarfAddressSpace: 1)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !11, size: 64, dwarfAddressSpace: 1)
!11 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!12 = !DILocation(line: 21, column: 15, scope: !4)
!13 = !DILocation(line: 22, column: 24, scope: !4)
!14 = !DILocation(line: 23, column: 13, scope: !4)
!15 = !DILocation(line: 24, column: 15, scope: !4)
!16 = !DILocation(line: 25, column: 24, scope: !4)
!17 = !DILocation(line: 25, column: 14, scope: !4)
!18 = !DILocation(line: 26, column: 13, scope: !4)
!19 = !DILocation(line: 22, column: 14, scope: !4)
!20 = !DILocation(line: 29, column: 11, scope: !4)
!21 = !DILocation(line: 30, column: 10, scope: !4)
!22 = !DILocation(line: 31, column: 36, scope: !4)
!23 = !DILocation(line: 31, column: 31, scope: !4)
!24 = !DILocation(line: 31, column: 20, scope: !4)
!25 = !DILocation(line: 31, column: 45, scope: !4)
!26 = !DILocation(line: 31, column: 12, scope: !4)
!27 = !DILocation(line: 32, column: 31, scope: !4)
!28 = !DILocation(line: 32, column: 26, scope: !4)
!29 = !DILocation(line: 32, column: 38, scope: !4)
!30 = !DILocation(line: 32, column: 14, scope: !4)
!31 = !DILocation(line: 32, column: 5, scope: !4)
!32 = !DILocation(line: 18, column: 1, scope: !4)
