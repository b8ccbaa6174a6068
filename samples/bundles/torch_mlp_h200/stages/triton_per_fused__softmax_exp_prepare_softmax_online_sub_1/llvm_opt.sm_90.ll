; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused__softmax_exp_prepare_softmax_online_sub_1(ptr addrspace(1) %0, i32 %1, i32 %2, ptr addrspace(1) readnone captures(none) %3, ptr addrspace(1) readnone captures(none) %4) local_unnamed_addr #0 !dbg !5 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !8
  %7 = icmp samesign ult i32 %6, 64, !dbg !9
  %8 = tail call range(i32 0, 64) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !10
  %9 = and i32 %8, 31, !dbg !10
  %10 = lshr i32 %8, 5, !dbg !10
  %11 = shl nuw nsw i32 %8, 2, !dbg !10
  %12 = shl i32 %6, 8, !dbg !11
  %13 = or disjoint i32 %11, %12, !dbg !12
  %14 = sext i32 %13 to i64, !dbg !13
  %15 = getelementptr float, ptr addrspace(1) %0, i64 %14, !dbg !13
  %16 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, $4;\0A\09mov.u32 $1, $5;\0A\09mov.u32 $2, $6;\0A\09mov.u32 $3, $7;\0A\09@$9 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $8 + 0 ];", "=r,=r,=r,=r,r,r,r,r,l,b"(i32 0, i32 0, i32 0, i32 0, ptr addrspace(1) %15, i1 %7) #5, !dbg !14
  %17 = extractvalue { i32, i32, i32, i32 } %16, 0, !dbg !14
  %18 = extractvalue { i32, i32, i32, i32 } %16, 1, !dbg !14
  %19 = extractvalue { i32, i32, i32, i32 } %16, 2, !dbg !14
  %20 = extractvalue { i32, i32, i32, i32 } %16, 3, !dbg !14
  %21 = bitcast i32 %17 to float, !dbg !14
  %22 = bitcast i32 %18 to float, !dbg !14
  %23 = bitcast i32 %19 to float, !dbg !14
  %24 = bitcast i32 %20 to float, !dbg !14
  %25 = select i1 %7, float %21, float 0xFFF0000000000000, !dbg !15
  %26 = select i1 %7, float %22, float 0xFFF0000000000000, !dbg !15
  %27 = select i1 %7, float %23, float 0xFFF0000000000000, !dbg !15
  %28 = select i1 %7, float %24, float 0xFFF0000000000000, !dbg !15
  %29 = fcmp ogt float %25, %26, !dbg !16
  %30 = fcmp uno float %25, 0.000000e+00, !dbg !22
  %31 = or i1 %29, %30, !dbg !23
  %32 = select i1 %31, float %25, float %26, !dbg !24
  %33 = fcmp ogt float %32, %27, !dbg !16
  %34 = fcmp uno float %32, 0.000000e+00, !dbg !22
  %35 = or i1 %33, %34, !dbg !23
  %36 = select i1 %35, float %32, float %27, !dbg !24
  %37 = fcmp ogt float %36, %28, !dbg !16
  %38 = fcmp uno float %36, 0.000000e+00, !dbg !22
  %39 = or i1 %37, %38, !dbg !23
  %40 = select i1 %39, float %36, float %28, !dbg !24
  %41 = bitcast float %40 to i32, !dbg !19
  %42 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %41, i32 16, i32 31), !dbg !19
  %43 = bitcast i32 %42 to float, !dbg !19
  %44 = fcmp ogt float %40, %43, !dbg !16
  %45 = fcmp uno float %40, 0.000000e+00, !dbg !22
  %46 = or i1 %44, %45, !dbg !23
  %47 = select i1 %46, float %40, float %43, !dbg !24
  %48 = bitcast float %47 to i32, !dbg !19
  %49 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %48, i32 8, i32 31), !dbg !19
  %50 = bitcast i32 %49 to float, !dbg !19
  %51 = fcmp ogt float %47, %50, !dbg !16
  %52 = fcmp uno float %47, 0.000000e+00, !dbg !22
  %53 = or i1 %51, %52, !dbg !23
  %54 = select i1 %53, float %47, float %50, !dbg !24
  %55 = bitcast float %54 to i32, !dbg !19
  %56 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %55, i32 4, i32 31), !dbg !19
  %57 = bitcast i32 %56 to float, !dbg !19
  %58 = fcmp ogt float %54, %57, !dbg !16
  %59 = fcmp uno float %54, 0.000000e+00, !dbg !22
  %60 = or i1 %58, %59, !dbg !23
  %61 = select i1 %60, float %54, float %57, !dbg !24
  %62 = bitcast float %61 to i32, !dbg !19
  %63 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %62, i32 2, i32 31), !dbg !19
  %64 = bitcast i32 %63 to float, !dbg !19
  %65 = fcmp ogt float %61, %64, !dbg !16
  %66 = fcmp uno float %61, 0.000000e+00, !dbg !22
  %67 = or i1 %65, %66, !dbg !23
  %68 = select i1 %67, float %61, float %64, !dbg !24
  %69 = bitcast float %68 to i32, !dbg !19
  %70 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %69, i32 1, i32 31), !dbg !19
  %71 = bitcast i32 %70 to float, !dbg !19
  %72 = fcmp ogt float %68, %71, !dbg !16
  %73 = fcmp uno float %68, 0.000000e+00, !dbg !22
  %74 = or i1 %72, %73, !dbg !23
  %75 = icmp eq i32 %9, 0, !dbg !19
  %76 = getelementptr float, ptr addrspace(3) @global_smem, i32 %10, !dbg !19
  %77 = select i1 %74, i32 %69, i32 %70, !dbg !24
  %78 = insertelement <1 x i32> poison, i32 %77, i64 0, !dbg !19
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %76, <1 x i32> %78, i1 %75) #5, !dbg !19
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !19
  %79 = icmp samesign ult i32 %8, 2, !dbg !19
  %80 = getelementptr float, ptr addrspace(3) @global_smem, i32 %8, !dbg !19
  %81 = tail call i32 asm sideeffect "@$2 ld.shared.b32 $0, [ $1 + 0 ];", "=r,r,b"(ptr addrspace(3) %80, i1 %79) #5, !dbg !19
  %82 = bitcast i32 %81 to float, !dbg !19
  %83 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %81, i32 1, i32 31), !dbg !19
  %84 = bitcast i32 %83 to float, !dbg !19
  %85 = fcmp ogt float %82, %84, !dbg !16
  %86 = fcmp uno float %82, 0.000000e+00, !dbg !22
  %87 = or i1 %86, %85, !dbg !23
  %88 = icmp eq i32 %8, 0, !dbg !19
  %89 = select i1 %87, i32 %81, i32 %83, !dbg !24
  %90 = insertelement <1 x i32> poison, i32 %89, i64 0, !dbg !19
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %80, <1 x i32> %90, i1 %88) #5, !dbg !19
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !19
  %91 = load float, ptr addrspace(3) @global_smem, align 16, !dbg !19
  %92 = fsub float %21, %91, !dbg !25
  %93 = fsub float %22, %91, !dbg !25
  %94 = fsub float %23, %91, !dbg !25
  %95 = fsub float %24, %91, !dbg !25
  %96 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !26
  %97 = tail call float @llvm.nvvm.saturate.ftz.f(float %96) #5, !dbg !26
  %98 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %97, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !26
  %99 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %93, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !26
  %100 = tail call float @llvm.nvvm.saturate.ftz.f(float %99) #5, !dbg !26
  %101 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %100, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !26
  %102 = insertelement <2 x float> poison, float %98, i64 0, !dbg !26
  %103 = insertelement <2 x float> %102, float %101, i64 1, !dbg !26
  %104 = fadd float %98, 0xC168000FE0000000, !dbg !26
  %105 = fneg float %104, !dbg !26
  %106 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float 0x3FF7154760000000, float %105) #5, !dbg !26
  %107 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float 0x3E54AE0C00000000, float %106) #5, !dbg !26
  %108 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %107), !dbg !26
  %109 = fadd float %101, 0xC168000FE0000000, !dbg !26
  %110 = fneg float %109, !dbg !26
  %111 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %93, float 0x3FF7154760000000, float %110) #5, !dbg !26
  %112 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %93, float 0x3E54AE0C00000000, float %111) #5, !dbg !26
  %113 = bitcast <2 x float> %103 to <2 x i32>, !dbg !26
  %114 = shl <2 x i32> %113, splat (i32 23), !dbg !26
  %115 = bitcast <2 x i32> %114 to <2 x float>, !dbg !26
  %116 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %112), !dbg !26
  %117 = insertelement <2 x float> poison, float %108, i64 0, !dbg !26
  %118 = insertelement <2 x float> %117, float %116, i64 1, !dbg !26
  %119 = fmul <2 x float> %118, %115, !dbg !26
  %120 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %94, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !26
  %121 = tail call float @llvm.nvvm.saturate.ftz.f(float %120) #5, !dbg !26
  %122 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %121, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !26
  %123 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %95, float 0x3F777313A0000000, float 5.000000e-01) #5, !dbg !26
  %124 = tail call float @llvm.nvvm.saturate.ftz.f(float %123) #5, !dbg !26
  %125 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %124, float 2.520000e+02, float 0x4168000020000000) #5, !dbg !26
  %126 = insertelement <2 x float> poison, float %122, i64 0, !dbg !26
  %127 = insertelement <2 x float> %126, float %125, i64 1, !dbg !26
  %128 = fadd float %122, 0xC168000FE0000000, !dbg !26
  %129 = fneg float %128, !dbg !26
  %130 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %94, float 0x3FF7154760000000, float %129) #5, !dbg !26
  %131 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %94, float 0x3E54AE0C00000000, float %130) #5, !dbg !26
  %132 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %131), !dbg !26
  %133 = fadd float %125, 0xC168000FE0000000, !dbg !26
  %134 = fneg float %133, !dbg !26
  %135 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %95, float 0x3FF7154760000000, float %134) #5, !dbg !26
  %136 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %95, float 0x3E54AE0C00000000, float %135) #5, !dbg !26
  %137 = bitcast <2 x float> %127 to <2 x i32>, !dbg !26
  %138 = shl <2 x i32> %137, splat (i32 23), !dbg !26
  %139 = bitcast <2 x i32> %138 to <2 x float>, !dbg !26
  %140 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %136), !dbg !26
  %141 = insertelement <2 x float> poison, float %132, i64 0, !dbg !26
  %142 = insertelement <2 x float> %141, float %140, i64 1, !dbg !26
  %143 = fmul <2 x float> %142, %139, !dbg !26
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %144 = extractelement <2 x float> %119, i64 0, !dbg !31
  %145 = extractelement <2 x float> %119, i64 1, !dbg !31
  %146 = fadd float %144, %145, !dbg !32
  %147 = extractelement <2 x float> %143, i64 0, !dbg !31
  %148 = fadd float %147, %146, !dbg !32
  %149 = extractelement <2 x float> %143, i64 1, !dbg !31
  %150 = fadd float %149, %148, !dbg !32
  %151 = select i1 %7, float %150, float 0.000000e+00, !dbg !32
  %152 = bitcast float %151 to i32, !dbg !27
  %153 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %152, i32 16, i32 31), !dbg !27
  %154 = bitcast i32 %153 to float, !dbg !27
  %155 = fadd float %151, %154, !dbg !32
  %156 = bitcast float %155 to i32, !dbg !27
  %157 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %156, i32 8, i32 31), !dbg !27
  %158 = bitcast i32 %157 to float, !dbg !27
  %159 = fadd float %155, %158, !dbg !32
  %160 = bitcast float %159 to i32, !dbg !27
  %161 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %160, i32 4, i32 31), !dbg !27
  %162 = bitcast i32 %161 to float, !dbg !27
  %163 = fadd float %159, %162, !dbg !32
  %164 = bitcast float %163 to i32, !dbg !27
  %165 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %164, i32 2, i32 31), !dbg !27
  %166 = bitcast i32 %165 to float, !dbg !27
  %167 = fadd float %163, %166, !dbg !32
  %168 = bitcast float %167 to i32, !dbg !27
  %169 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %168, i32 1, i32 31), !dbg !27
  %170 = bitcast i32 %169 to float, !dbg !27
  %171 = fadd float %167, %170, !dbg !32
  %172 = bitcast float %171 to <1 x i32>, !dbg !27
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %76, <1 x i32> %172, i1 %75) #5, !dbg !27
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %173 = tail call i32 asm sideeffect "@$2 ld.shared.b32 $0, [ $1 + 0 ];", "=r,r,b"(ptr addrspace(3) %80, i1 %79) #5, !dbg !27
  %174 = bitcast i32 %173 to float, !dbg !27
  %175 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %173, i32 1, i32 31), !dbg !27
  %176 = bitcast i32 %175 to float, !dbg !27
  %177 = fadd float %174, %176, !dbg !32
  %178 = bitcast float %177 to <1 x i32>, !dbg !27
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %80, <1 x i32> %178, i1 %88) #5, !dbg !27
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %179 = load float, ptr addrspace(3) @global_smem, align 16, !dbg !27
  %180 = tail call float @llvm.nvvm.div.full(float %144, float %179), !dbg !31
  %181 = tail call float @llvm.nvvm.div.full(float %145, float %179), !dbg !31
  %182 = tail call float @llvm.nvvm.div.full(float %147, float %179), !dbg !31
  %183 = tail call float @llvm.nvvm.div.full(float %149, float %179), !dbg !31
  %184 = bitcast float %180 to i32, !dbg !33
  %185 = bitcast float %181 to i32, !dbg !33
  %186 = bitcast float %182 to i32, !dbg !33
  %187 = bitcast float %183 to i32, !dbg !33
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %184, i32 %185, i32 %186, i32 %187, ptr addrspace(1) %15, i1 %7) #5, !dbg !33
  ret void, !dbg !34
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

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cb65kztfnpz4ajo5pw2jgvnblh7rrppqspwlr4zh6cbrm7shiqv5.py", directory: "/tmp/torchinductor_root/b6")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = distinct !DISubprogram(name: "triton_per_fused__softmax_exp_prepare_softmax_online_sub_1", linkageName: "triton_per_fused__softmax_exp_prepare_softmax_online_sub_1", scope: !1, file: !1, line: 18, type: !6, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(cc: DW_CC_normal, types: !7)
!7 = !{}
!8 = !DILocation(line: 24, column: 28, scope: !5)
!9 = !DILocation(line: 26, column: 21, scope: !5)
!10 = !DILocation(line: 27, column: 38, scope: !5)
!11 = !DILocation(line: 34, column: 45, scope: !5)
!12 = !DILocation(line: 34, column: 41, scope: !5)
!13 = !DILocation(line: 34, column: 34, scope: !5)
!14 = !DILocation(line: 34, column: 50, scope: !5)
!15 = !DILocation(line: 37, column: 33, scope: !5)
!16 = !DILocation(line: 116, column: 15, scope: !17, inlinedAt: !19)
!17 = distinct !DILexicalBlockFile(scope: !5, file: !18, discriminator: 0)
!18 = !DIFile(filename: "triton_helpers.py", directory: "/opt/torch/.venv/lib/python3.12/site-packages/torch/_inductor/runtime")
!19 = !DILocation(line: 129, column: 29, scope: !17, inlinedAt: !20)
!20 = !DILocation(line: 38, column: 37, scope: !21)
!21 = distinct !DILexicalBlockFile(scope: !5, file: !1, discriminator: 0)
!22 = !DILocation(line: 118, column: 21, scope: !17, inlinedAt: !19)
!23 = !DILocation(line: 118, column: 16, scope: !17, inlinedAt: !19)
!24 = !DILocation(line: 119, column: 29, scope: !17, inlinedAt: !19)
!25 = !DILocation(line: 39, column: 18, scope: !5)
!26 = !DILocation(line: 40, column: 25, scope: !5)
!27 = !DILocation(line: 293, column: 36, scope: !28, inlinedAt: !30)
!28 = distinct !DILexicalBlockFile(scope: !5, file: !29, discriminator: 0)
!29 = !DIFile(filename: "standard.py", directory: "/opt/torch/.venv/lib/python3.12/site-packages/triton/language")
!30 = !DILocation(line: 43, column: 26, scope: !21)
!31 = !DILocation(line: 46, column: 21, scope: !5)
!32 = !DILocation(line: 263, column: 15, scope: !28, inlinedAt: !27)
!33 = !DILocation(line: 47, column: 51, scope: !5)
!34 = !DILocation(line: 47, column: 4, scope: !5)
