; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused__softmax_prepare_softmax_online_1(ptr addrspace(1) %0, i32 %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = icmp samesign ult i32 %6, 64, !dbg !15
  %8 = tail call range(i32 0, 64) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !16
  %9 = shl nuw nsw i32 %8, 2, !dbg !16
  %10 = shl i32 %6, 8, !dbg !17
  %11 = or disjoint i32 %9, %10, !dbg !18
  %12 = sext i32 %11 to i64, !dbg !19
  %13 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %12, !dbg !19
  %14 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"() #5, !dbg !20
  %15 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, $4;\0A\09mov.u32 $1, $5;\0A\09mov.u32 $2, $6;\0A\09mov.u32 $3, $7;\0A\09@$10 ld.global.L1::evict_first.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $8 + 0 ], $9;", "=r,=r,=r,=r,r,r,r,r,l,l,b"(i32 0, i32 0, i32 0, i32 0, ptr addrspace(1) %13, i64 %14, i1 %7) #5, !dbg !20
  %16 = extractvalue { i32, i32, i32, i32 } %15, 0, !dbg !20
  %17 = extractvalue { i32, i32, i32, i32 } %15, 1, !dbg !20
  %18 = extractvalue { i32, i32, i32, i32 } %15, 2, !dbg !20
  %19 = extractvalue { i32, i32, i32, i32 } %15, 3, !dbg !20
  %20 = bitcast i32 %16 to float, !dbg !20
  %21 = bitcast i32 %17 to float, !dbg !20
  %22 = bitcast i32 %18 to float, !dbg !20
  %23 = bitcast i32 %19 to float, !dbg !20
  %24 = select i1 %7, float %20, float 0xFFF0000000000000, !dbg !21
  %25 = select i1 %7, float %21, float 0xFFF0000000000000, !dbg !21
  %26 = select i1 %7, float %22, float 0xFFF0000000000000, !dbg !21
  %27 = select i1 %7, float %23, float 0xFFF0000000000000, !dbg !21
  %28 = fcmp ogt float %24, %25, !dbg !22
  %29 = fcmp uno float %24, 0.000000e+00, !dbg !28
  %30 = or i1 %28, %29, !dbg !29
  %31 = select i1 %30, float %24, float %25, !dbg !30
  %32 = fcmp ogt float %26, %27, !dbg !22
  %33 = fcmp uno float %26, 0.000000e+00, !dbg !28
  %34 = or i1 %32, %33, !dbg !29
  %35 = select i1 %34, float %26, float %27, !dbg !30
  %36 = fcmp ogt float %31, %35, !dbg !22
  %37 = fcmp uno float %31, 0.000000e+00, !dbg !28
  %38 = or i1 %36, %37, !dbg !29
  %39 = select i1 %38, float %31, float %35, !dbg !30
  %40 = bitcast float %39 to i32, !dbg !25
  %41 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %40, i32 16, i32 31), !dbg !25
  %42 = bitcast i32 %41 to float, !dbg !25
  %43 = fcmp ogt float %39, %42, !dbg !22
  %44 = fcmp uno float %39, 0.000000e+00, !dbg !28
  %45 = or i1 %43, %44, !dbg !29
  %46 = select i1 %45, float %39, float %42, !dbg !30
  %47 = bitcast float %46 to i32, !dbg !25
  %48 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %47, i32 8, i32 31), !dbg !25
  %49 = bitcast i32 %48 to float, !dbg !25
  %50 = fcmp ogt float %46, %49, !dbg !22
  %51 = fcmp uno float %46, 0.000000e+00, !dbg !28
  %52 = or i1 %50, %51, !dbg !29
  %53 = select i1 %52, float %46, float %49, !dbg !30
  %54 = bitcast float %53 to i32, !dbg !25
  %55 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %54, i32 4, i32 31), !dbg !25
  %56 = bitcast i32 %55 to float, !dbg !25
  %57 = fcmp ogt float %53, %56, !dbg !22
  %58 = fcmp uno float %53, 0.000000e+00, !dbg !28
  %59 = or i1 %57, %58, !dbg !29
  %60 = select i1 %59, float %53, float %56, !dbg !30
  %61 = bitcast float %60 to i32, !dbg !25
  %62 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %61, i32 2, i32 31), !dbg !25
  %63 = bitcast i32 %62 to float, !dbg !25
  %64 = fcmp ogt float %60, %63, !dbg !22
  %65 = fcmp uno float %60, 0.000000e+00, !dbg !28
  %66 = or i1 %64, %65, !dbg !29
  %67 = select i1 %66, float %60, float %63, !dbg !30
  %68 = bitcast float %67 to i32, !dbg !25
  %69 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %68, i32 1, i32 31), !dbg !25
  %70 = bitcast i32 %69 to float, !dbg !25
  %71 = fcmp ogt float %67, %70, !dbg !22
  %72 = fcmp uno float %67, 0.000000e+00, !dbg !28
  %73 = or i1 %71, %72, !dbg !29
  %74 = lshr i32 %8, 3, !dbg !25
  %75 = and i32 %74, 4, !dbg !25
  %76 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %75, !dbg !25
  %77 = select i1 %73, i32 %68, i32 %69, !dbg !30
  %78 = insertelement <1 x i32> poison, i32 %77, i64 0, !dbg !25
  store <1 x i32> %78, ptr addrspace(3) %76, align 4, !dbg !25
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !25
  %79 = and i32 %9, 4, !dbg !25
  %80 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %79, !dbg !25
  %81 = load i32, ptr addrspace(3) %80, align 4, !dbg !25
  %82 = bitcast i32 %81 to float, !dbg !25
  %83 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %81, i32 1, i32 31), !dbg !25
  %84 = bitcast i32 %83 to float, !dbg !25
  %85 = fcmp ogt float %82, %84, !dbg !22
  %86 = fcmp uno float %82, 0.000000e+00, !dbg !28
  %87 = or i1 %86, %85, !dbg !29
  %88 = select i1 %87, float %82, float %84, !dbg !30
  %89 = fsub float %20, %88, !dbg !31
  %90 = fsub float %21, %88, !dbg !31
  %91 = fsub float %22, %88, !dbg !31
  %92 = fsub float %23, %88, !dbg !31
  %93 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %89, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !32
  %94 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %90, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !32
  %95 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %91, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !32
  %96 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !32
  %97 = tail call float @llvm.nvvm.saturate.ftz.f(float %93) #5, !dbg !32
  %98 = tail call float @llvm.nvvm.saturate.ftz.f(float %94) #5, !dbg !32
  %99 = tail call float @llvm.nvvm.saturate.ftz.f(float %95) #5, !dbg !32
  %100 = tail call float @llvm.nvvm.saturate.ftz.f(float %96) #5, !dbg !32
  %101 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %97, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !32
  %102 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %98, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !32
  %103 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %99, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !32
  %104 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %100, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !32
  %105 = insertelement <4 x float> poison, float %101, i64 0, !dbg !32
  %106 = insertelement <4 x float> %105, float %102, i64 1, !dbg !32
  %107 = insertelement <4 x float> %106, float %103, i64 2, !dbg !32
  %108 = insertelement <4 x float> %107, float %104, i64 3, !dbg !32
  %109 = fadd <4 x float> %108, splat (float 0xC168000FE0000000), !dbg !32
  %110 = fneg <4 x float> %109, !dbg !32
  %111 = extractelement <4 x float> %110, i64 0, !dbg !32
  %112 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %89, float 0x3FF7154760000000, float %111) #5, !dbg !32
  %113 = extractelement <4 x float> %110, i64 1, !dbg !32
  %114 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %90, float 0x3FF7154760000000, float %113) #5, !dbg !32
  %115 = extractelement <4 x float> %110, i64 2, !dbg !32
  %116 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %91, float 0x3FF7154760000000, float %115) #5, !dbg !32
  %117 = extractelement <4 x float> %110, i64 3, !dbg !32
  %118 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float 0x3FF7154760000000, float %117) #5, !dbg !32
  %119 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %89, float 0x3E54AE0C00000000, float %112) #5, !dbg !32
  %120 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %90, float 0x3E54AE0C00000000, float %114) #5, !dbg !32
  %121 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %91, float 0x3E54AE0C00000000, float %116) #5, !dbg !32
  %122 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float 0x3E54AE0C00000000, float %118) #5, !dbg !32
  %123 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %119), !dbg !32
  %124 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %120), !dbg !32
  %125 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %121), !dbg !32
  %126 = bitcast <4 x float> %108 to <4 x i32>, !dbg !32
  %127 = shl <4 x i32> %126, splat (i32 23), !dbg !32
  %128 = bitcast <4 x i32> %127 to <4 x float>, !dbg !32
  %129 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %122), !dbg !32
  %130 = insertelement <4 x float> poison, float %123, i64 0, !dbg !32
  %131 = insertelement <4 x float> %130, float %124, i64 1, !dbg !32
  %132 = insertelement <4 x float> %131, float %125, i64 2, !dbg !32
  %133 = insertelement <4 x float> %132, float %129, i64 3, !dbg !32
  %134 = fmul <4 x float> %133, %128, !dbg !32
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !33
  %135 = extractelement <4 x float> %134, i64 0, !dbg !37
  %136 = extractelement <4 x float> %134, i64 1, !dbg !37
  %137 = fadd float %135, %136, !dbg !38
  %138 = extractelement <4 x float> %134, i64 2, !dbg !37
  %139 = extractelement <4 x float> %134, i64 3, !dbg !37
  %140 = fadd float %138, %139, !dbg !38
  %141 = fadd float %137, %140, !dbg !38
  %142 = select i1 %7, float %141, float 0.000000e+00, !dbg !38
  %143 = bitcast float %142 to i32, !dbg !33
  %144 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %143, i32 16, i32 31), !dbg !33
  %145 = bitcast i32 %144 to float, !dbg !33
  %146 = fadd float %142, %145, !dbg !38
  %147 = bitcast float %146 to i32, !dbg !33
  %148 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %147, i32 8, i32 31), !dbg !33
  %149 = bitcast i32 %148 to float, !dbg !33
  %150 = fadd float %146, %149, !dbg !38
  %151 = bitcast float %150 to i32, !dbg !33
  %152 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %151, i32 4, i32 31), !dbg !33
  %153 = bitcast i32 %152 to float, !dbg !33
  %154 = fadd float %150, %153, !dbg !38
  %155 = bitcast float %154 to i32, !dbg !33
  %156 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %155, i32 2, i32 31), !dbg !33
  %157 = bitcast i32 %156 to float, !dbg !33
  %158 = fadd float %154, %157, !dbg !38
  %159 = bitcast float %158 to i32, !dbg !33
  %160 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %159, i32 1, i32 31), !dbg !33
  %161 = bitcast i32 %160 to float, !dbg !33
  %162 = fadd float %158, %161, !dbg !38
  store float %162, ptr addrspace(3) %76, align 4, !dbg !33
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !33
  %163 = load i32, ptr addrspace(3) %80, align 4, !dbg !33
  %164 = bitcast i32 %163 to float, !dbg !33
  %165 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %163, i32 1, i32 31), !dbg !33
  %166 = bitcast i32 %165 to float, !dbg !33
  %167 = fadd float %164, %166, !dbg !38
  %168 = tail call float @llvm.nvvm.div.full(float %135, float %167), !dbg !37
  %169 = tail call float @llvm.nvvm.div.full(float %136, float %167), !dbg !37
  %170 = tail call float @llvm.nvvm.div.full(float %138, float %167), !dbg !37
  %171 = tail call float @llvm.nvvm.div.full(float %139, float %167), !dbg !37
  %172 = bitcast float %168 to i32, !dbg !39
  %173 = bitcast float %169 to i32, !dbg !39
  %174 = bitcast float %170 to i32, !dbg !39
  %175 = bitcast float %171 to i32, !dbg !39
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %172, i32 %173, i32 %174, i32 %175, ptr addrspace(1) %13, i1 %7) #5, !dbg !39
  ret void, !dbg !40
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32, i32, i32, i32) #2

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.ftz.f(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.ftz.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #4

attributes #0 = { nounwind "nvvm.reqntid"="64" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cbgr3m2o5egedohloigt2riswqwxlks4igvd37xfuktjmfqq3xyg.py", directory: "/tmp/torchinductor_root/bg")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_per_fused__softmax_prepare_softmax_online_1", linkageName: "triton_per_fused__softmax_prepare_softmax_online_1", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{null, !9, !11, !11, !12, !12}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 24, column: 15, scope: !6)
!15 = !DILocation(line: 26, column: 13, scope: !6)
!16 = !DILocation(line: 27, column: 16, scope: !6)
!17 = !DILocation(line: 34, column: 42, scope: !6)
!18 = !DILocation(line: 34, column: 35, scope: !6)
!19 = !DILocation(line: 34, column: 20, scope: !6)
!20 = !DILocation(line: 34, column: 12, scope: !6)
!21 = !DILocation(line: 37, column: 12, scope: !6)
!22 = !DILocation(line: 169, column: 12, scope: !23, inlinedAt: !25)
!23 = distinct !DILexicalBlockFile(scope: !6, file: !24, discriminator: 0)
!24 = !DIFile(filename: "triton_helpers.py", directory: "/work/main/.venv/lib/python3.11/site-packages/torch/_inductor/runtime")
!25 = !DILocation(line: 182, column: 12, scope: !23, inlinedAt: !26)
!26 = !DILocation(line: 38, column: 12, scope: !27)
!27 = distinct !DILexicalBlockFile(scope: !6, file: !1, discriminator: 0)
!28 = !DILocation(line: 171, column: 17, scope: !23, inlinedAt: !25)
!29 = !DILocation(line: 171, column: 9, scope: !23, inlinedAt: !25)
!30 = !DILocation(line: 172, column: 12, scope: !23, inlinedAt: !25)
!31 = !DILocation(line: 39, column: 12, scope: !6)
!32 = !DILocation(line: 40, column: 12, scope: !6)
!33 = !DILocation(line: 314, column: 12, scope: !34, inlinedAt: !36)
!34 = distinct !DILexicalBlockFile(scope: !6, file: !35, discriminator: 0)
!35 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!36 = !DILocation(line: 43, column: 13, scope: !27)
!37 = !DILocation(line: 46, column: 14, scope: !6)
!38 = !DILocation(line: 287, column: 12, scope: !34, inlinedAt: !33)
!39 = !DILocation(line: 47, column: 5, scope: !6)
!40 = !DILocation(line: 18, column: 1, scope: !6)
