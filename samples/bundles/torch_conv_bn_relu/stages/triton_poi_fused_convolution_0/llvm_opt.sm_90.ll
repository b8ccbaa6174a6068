; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_convolution_0(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, i32 %3, ptr addrspace(1) nofree readnone captures(none) %4, ptr addrspace(1) nofree readnone captures(none) %5) local_unnamed_addr #0 !dbg !4 {
  %7 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y(), !dbg !12
  %8 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %9 = lshr i32 %8, 5, !dbg !13
  %10 = icmp eq i32 %7, 0, !dbg !14
  %11 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !15
  %12 = shl i32 %11, 7, !dbg !15
  %13 = shl nuw nsw i32 %8, 2, !dbg !16
  %14 = and i32 %13, 124, !dbg !16
  %15 = or disjoint i32 %14, %12, !dbg !17
  %16 = or disjoint i32 %12, %8, !dbg !17
  %17 = icmp slt i32 %15, 256, !dbg !18
  %18 = icmp slt i32 %16, 256, !dbg !18
  %19 = shl nuw nsw i32 %7, 3, !dbg !12
  %20 = or disjoint i32 %9, %19, !dbg !19
  %21 = or disjoint i32 %20, 4, !dbg !19
  %22 = insertelement <4 x i32> poison, i32 %19, i64 0, !dbg !19
  %23 = shufflevector <4 x i32> %22, <4 x i32> poison, <4 x i32> zeroinitializer, !dbg !19
  %24 = or disjoint <4 x i32> %23, <i32 0, i32 1, i32 2, i32 3>, !dbg !19
  %25 = icmp samesign ult i32 %20, 6, !dbg !14
  %26 = icmp samesign ult i32 %21, 6, !dbg !14
  %27 = extractelement <4 x i32> %24, i64 2, !dbg !14
  %28 = icmp samesign ult i32 %27, 6, !dbg !14
  %29 = shufflevector <4 x i32> %22, <4 x i32> %24, <4 x i32> <i32 0, i32 0, i32 6, i32 7>, !dbg !19
  %30 = or disjoint <4 x i32> %29, <i32 0, i32 1, i32 0, i32 0>, !dbg !19
  %31 = urem <4 x i32> %30, splat (i32 3), !dbg !20
  %32 = udiv <4 x i32> %24, splat (i32 3), !dbg !21
  %33 = or disjoint <4 x i32> %23, <i32 4, i32 5, i32 6, i32 7>, !dbg !19
  %34 = extractelement <4 x i32> %33, i64 0, !dbg !14
  %35 = icmp samesign ult i32 %34, 6, !dbg !14
  %36 = udiv <4 x i32> %33, splat (i32 3), !dbg !21
  %.neg = mul nsw <4 x i32> %36, splat (i32 -3), !dbg !20
  %.decomposed = add nsw <4 x i32> %.neg, %33, !dbg !20
  %37 = shl nuw nsw i32 %20, 8, !dbg !22
  %38 = shl nuw nsw i32 %21, 8, !dbg !22
  %39 = add i32 %37, %15, !dbg !23
  %40 = add i32 %38, %15, !dbg !23
  %41 = sext i32 %39 to i64, !dbg !24
  %42 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %41, !dbg !24
  %43 = sext i32 %40 to i64, !dbg !24
  %44 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %43, !dbg !24
  %45 = and i1 %25, %17, !dbg !25
  %46 = and i1 %17, %26, !dbg !25
  %47 = and i1 %10, %18, !dbg !25
  %48 = and i1 %18, %28, !dbg !25
  %49 = and i1 %18, %35, !dbg !25
  %50 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %42, i1 %45) #4, !dbg !26
  %51 = extractvalue { i32, i32, i32, i32 } %50, 0, !dbg !26
  %52 = extractvalue { i32, i32, i32, i32 } %50, 1, !dbg !26
  %53 = extractvalue { i32, i32, i32, i32 } %50, 2, !dbg !26
  %54 = extractvalue { i32, i32, i32, i32 } %50, 3, !dbg !26
  %55 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09@$5 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l,b"(ptr addrspace(1) %44, i1 %46) #4, !dbg !26
  %56 = extractvalue { i32, i32, i32, i32 } %55, 0, !dbg !26
  %57 = extractvalue { i32, i32, i32, i32 } %55, 1, !dbg !26
  %58 = extractvalue { i32, i32, i32, i32 } %55, 2, !dbg !26
  %59 = extractvalue { i32, i32, i32, i32 } %55, 3, !dbg !26
  %60 = mul i32 %16, 3, !dbg !27
  %61 = extractelement <4 x i32> %31, i64 0, !dbg !28
  %62 = extractelement <4 x i32> %31, i64 1, !dbg !28
  %63 = extractelement <4 x i32> %31, i64 2, !dbg !28
  %64 = extractelement <4 x i32> %31, i64 3, !dbg !28
  %65 = extractelement <4 x i32> %.decomposed, i64 0, !dbg !28
  %66 = extractelement <4 x i32> %.decomposed, i64 1, !dbg !28
  %67 = extractelement <4 x i32> %.decomposed, i64 2, !dbg !28
  %68 = extractelement <4 x i32> %.decomposed, i64 3, !dbg !28
  %69 = extractelement <4 x i32> %32, i64 0, !dbg !29
  %70 = mul nuw nsw i32 %69, 768, !dbg !29
  %71 = extractelement <4 x i32> %32, i64 1, !dbg !29
  %72 = mul nuw nsw i32 %71, 768, !dbg !29
  %73 = extractelement <4 x i32> %32, i64 2, !dbg !29
  %74 = mul nuw nsw i32 %73, 768, !dbg !29
  %75 = extractelement <4 x i32> %32, i64 3, !dbg !29
  %76 = mul nuw nsw i32 %75, 768, !dbg !29
  %77 = extractelement <4 x i32> %36, i64 0, !dbg !29
  %78 = mul nuw nsw i32 %77, 768, !dbg !29
  %79 = extractelement <4 x i32> %36, i64 1, !dbg !29
  %80 = mul nuw nsw i32 %79, 768, !dbg !29
  %81 = extractelement <4 x i32> %36, i64 2, !dbg !29
  %82 = mul nuw nsw i32 %81, 768, !dbg !29
  %83 = extractelement <4 x i32> %36, i64 3, !dbg !29
  %84 = mul nuw nsw i32 %83, 768, !dbg !29
  %85 = add i32 %70, %60, !dbg !28
  %86 = add i32 %85, %61, !dbg !28
  %87 = add i32 %72, %60, !dbg !28
  %88 = add i32 %87, %62, !dbg !28
  %89 = add i32 %74, %60, !dbg !28
  %90 = add i32 %89, %63, !dbg !28
  %91 = add i32 %76, %60, !dbg !28
  %92 = add i32 %91, %64, !dbg !28
  %93 = add i32 %78, %60, !dbg !28
  %94 = add i32 %93, %65, !dbg !28
  %95 = add i32 %80, %60, !dbg !28
  %96 = add i32 %95, %66, !dbg !28
  %97 = add i32 %82, %60, !dbg !28
  %98 = add i32 %97, %67, !dbg !28
  %99 = add i32 %84, %60, !dbg !28
  %100 = add i32 %99, %68, !dbg !28
  %101 = sext i32 %86 to i64, !dbg !30
  %102 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %101, !dbg !30
  %103 = sext i32 %88 to i64, !dbg !30
  %104 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %103, !dbg !30
  %105 = sext i32 %90 to i64, !dbg !30
  %106 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %105, !dbg !30
  %107 = sext i32 %92 to i64, !dbg !30
  %108 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %107, !dbg !30
  %109 = sext i32 %94 to i64, !dbg !30
  %110 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %109, !dbg !30
  %111 = sext i32 %96 to i64, !dbg !30
  %112 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %111, !dbg !30
  %113 = sext i32 %98 to i64, !dbg !30
  %114 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %113, !dbg !30
  %115 = sext i32 %100 to i64, !dbg !30
  %116 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %115, !dbg !30
  %117 = shl nuw nsw i32 %8, 6, !dbg !31
  %118 = and i32 %117, 1536, !dbg !31
  %119 = shl nuw nsw i32 %8, 4, !dbg !31
  %120 = and i32 %119, 112, !dbg !31
  %121 = and i32 %13, 384, !dbg !31
  %122 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %118, !dbg !31
  %123 = getelementptr inbounds nuw i8, ptr addrspace(3) %122, i32 %120, !dbg !31
  %124 = getelementptr inbounds nuw i8, ptr addrspace(3) %123, i32 %121, !dbg !31
  %125 = insertelement <4 x i32> poison, i32 %51, i64 0, !dbg !31
  %126 = insertelement <4 x i32> %125, i32 %52, i64 1, !dbg !31
  %127 = insertelement <4 x i32> %126, i32 %53, i64 2, !dbg !31
  %128 = insertelement <4 x i32> %127, i32 %54, i64 3, !dbg !31
  store <4 x i32> %128, ptr addrspace(3) %124, align 16, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %129 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %119, !dbg !31
  %130 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %129), !dbg !31
  %131 = extractvalue { i32, i32, i32, i32 } %130, 0, !dbg !31
  %132 = extractvalue { i32, i32, i32, i32 } %130, 1, !dbg !31
  %133 = extractvalue { i32, i32, i32, i32 } %130, 2, !dbg !31
  %134 = extractvalue { i32, i32, i32, i32 } %130, 3, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %135 = insertelement <4 x i32> poison, i32 %56, i64 0, !dbg !31
  %136 = insertelement <4 x i32> %135, i32 %57, i64 1, !dbg !31
  %137 = insertelement <4 x i32> %136, i32 %58, i64 2, !dbg !31
  %138 = insertelement <4 x i32> %137, i32 %59, i64 3, !dbg !31
  store <4 x i32> %138, ptr addrspace(3) %124, align 16, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %139 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %129), !dbg !31
  %140 = extractvalue { i32, i32, i32, i32 } %139, 0, !dbg !31
  %141 = extractvalue { i32, i32, i32, i32 } %139, 1, !dbg !31
  %142 = extractvalue { i32, i32, i32, i32 } %139, 2, !dbg !31
  %143 = extractvalue { i32, i32, i32, i32 } %139, 3, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %131, ptr addrspace(1) %102, i1 %47) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %132, ptr addrspace(1) %104, i1 %47) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %133, ptr addrspace(1) %106, i1 %48) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %134, ptr addrspace(1) %108, i1 %48) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %140, ptr addrspace(1) %110, i1 %49) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %141, ptr addrspace(1) %112, i1 %49) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %142, ptr addrspace(1) %114, i1 false) #4, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %143, ptr addrspace(1) %116, i1 false) #4, !dbg !31
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
