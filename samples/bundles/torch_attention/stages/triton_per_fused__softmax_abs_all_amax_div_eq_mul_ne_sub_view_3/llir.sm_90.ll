; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16
@.str = private unnamed_addr constant [11 x i8] c"__CUDA_FTZ\00", align 1

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused__softmax_abs_all_amax_div_eq_mul_ne_sub_view_3(ptr addrspace(1) %0, i32 %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = icmp samesign ult i32 %6, 512, !dbg !15
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !16
  %9 = and i32 %8, 63, !dbg !16
  %10 = shl i32 %6, 6, !dbg !17
  %11 = or disjoint i32 %9, %10, !dbg !18
  %12 = sext i32 %11 to i64, !dbg !19
  %13 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %12, !dbg !19
  %14 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"() #8, !dbg !20
  %15 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$4 ld.global.L1::evict_first.L2::cache_hint.b32 { $0 }, [ $2 + 0 ], $3;", "=r,r,l,l,b"(i32 0, ptr addrspace(1) %13, i64 %14, i1 %7) #8, !dbg !20
  %16 = bitcast i32 %15 to float, !dbg !20
  %17 = fmul float %16, 2.500000e-01, !dbg !21
  %18 = tail call float @llvm.fabs.f32(float %17), !dbg !22
  %19 = fcmp ueq float %18, +inf, !dbg !23
  %20 = select i1 %7, i1 %19, i1 false, !dbg !24
  %21 = zext i1 %20 to i32, !dbg !25
  %22 = tail call i32 @llvm.nvvm.redux.sync.or(i32 %21, i32 -1), !dbg !25
  %23 = trunc i32 %22 to i8, !dbg !25
  %24 = and i8 %23, 1, !dbg !25
  %25 = and i32 %8, 32, !dbg !25
  %26 = lshr exact i32 %25, 5, !dbg !25
  %27 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %26, !dbg !25
  %28 = insertelement <1 x i8> poison, i8 %24, i64 0, !dbg !25
  store <1 x i8> %28, ptr addrspace(3) %27, align 1, !dbg !25
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !25
  %29 = and i32 %8, 1, !dbg !25
  %30 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %29, !dbg !25
  %31 = load i8, ptr addrspace(3) %30, align 1, !dbg !25
  %32 = zext nneg i8 %31 to i32, !dbg !25
  %.mask = and i8 %31, 1, !dbg !25
  %33 = zext nneg i8 %.mask to i32, !dbg !25
  %34 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %33, i32 1, i32 31), !dbg !25
  %35 = or i32 %34, %32, !dbg !30
  %36 = select i1 %7, float %16, float -inf, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !32
  %37 = bitcast float %36 to i32, !dbg !32
  %38 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %37, i32 16, i32 31), !dbg !32
  %39 = bitcast i32 %38 to float, !dbg !32
  %40 = fcmp ogt float %36, %39, !dbg !34
  %41 = fcmp uno float %36, 0.000000e+00, !dbg !35
  %42 = or i1 %41, %40, !dbg !36
  %43 = select i1 %42, float %36, float %39, !dbg !37
  %44 = bitcast float %43 to i32, !dbg !32
  %45 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %44, i32 8, i32 31), !dbg !32
  %46 = bitcast i32 %45 to float, !dbg !32
  %47 = fcmp ogt float %43, %46, !dbg !34
  %48 = fcmp uno float %43, 0.000000e+00, !dbg !35
  %49 = or i1 %47, %48, !dbg !36
  %50 = select i1 %49, float %43, float %46, !dbg !37
  %51 = bitcast float %50 to i32, !dbg !32
  %52 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %51, i32 4, i32 31), !dbg !32
  %53 = bitcast i32 %52 to float, !dbg !32
  %54 = fcmp ogt float %50, %53, !dbg !34
  %55 = fcmp uno float %50, 0.000000e+00, !dbg !35
  %56 = or i1 %54, %55, !dbg !36
  %57 = select i1 %56, float %50, float %53, !dbg !37
  %58 = bitcast float %57 to i32, !dbg !32
  %59 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %58, i32 2, i32 31), !dbg !32
  %60 = bitcast i32 %59 to float, !dbg !32
  %61 = fcmp ogt float %57, %60, !dbg !34
  %62 = fcmp uno float %57, 0.000000e+00, !dbg !35
  %63 = or i1 %61, %62, !dbg !36
  %64 = select i1 %63, float %57, float %60, !dbg !37
  %65 = bitcast float %64 to i32, !dbg !32
  %66 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %65, i32 1, i32 31), !dbg !32
  %67 = bitcast i32 %66 to float, !dbg !32
  %68 = fcmp ogt float %64, %67, !dbg !34
  %69 = fcmp uno float %64, 0.000000e+00, !dbg !35
  %70 = or i1 %68, %69, !dbg !36
  %71 = lshr exact i32 %25, 3, !dbg !32
  %72 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %71, !dbg !32
  %73 = select i1 %70, i32 %65, i32 %66, !dbg !37
  %74 = insertelement <1 x i32> poison, i32 %73, i64 0, !dbg !32
  store <1 x i32> %74, ptr addrspace(3) %72, align 4, !dbg !32
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !32
  %75 = shl nuw nsw i32 %29, 2, !dbg !32
  %76 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %75, !dbg !32
  %77 = load i32, ptr addrspace(3) %76, align 4, !dbg !32
  %78 = bitcast i32 %77 to float, !dbg !32
  %79 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %77, i32 1, i32 31), !dbg !32
  %80 = bitcast i32 %79 to float, !dbg !32
  %81 = fcmp ogt float %78, %80, !dbg !34
  %82 = fcmp uno float %78, 0.000000e+00, !dbg !35
  %83 = or i1 %82, %81, !dbg !36
  %84 = select i1 %83, float %78, float %80, !dbg !37
  %85 = select i1 %7, float %17, float -inf, !dbg !38
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !39
  %86 = bitcast float %85 to i32, !dbg !39
  %87 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %86, i32 16, i32 31), !dbg !39
  %88 = bitcast i32 %87 to float, !dbg !39
  %89 = fcmp ogt float %85, %88, !dbg !41
  %90 = fcmp uno float %85, 0.000000e+00, !dbg !42
  %91 = or i1 %90, %89, !dbg !43
  %92 = select i1 %91, float %85, float %88, !dbg !44
  %93 = bitcast float %92 to i32, !dbg !39
  %94 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %93, i32 8, i32 31), !dbg !39
  %95 = bitcast i32 %94 to float, !dbg !39
  %96 = fcmp ogt float %92, %95, !dbg !41
  %97 = fcmp uno float %92, 0.000000e+00, !dbg !42
  %98 = or i1 %96, %97, !dbg !43
  %99 = select i1 %98, float %92, float %95, !dbg !44
  %100 = bitcast float %99 to i32, !dbg !39
  %101 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %100, i32 4, i32 31), !dbg !39
  %102 = bitcast i32 %101 to float, !dbg !39
  %103 = fcmp ogt float %99, %102, !dbg !41
  %104 = fcmp uno float %99, 0.000000e+00, !dbg !42
  %105 = or i1 %103, %104, !dbg !43
  %106 = select i1 %105, float %99, float %102, !dbg !44
  %107 = bitcast float %106 to i32, !dbg !39
  %108 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %107, i32 2, i32 31), !dbg !39
  %109 = bitcast i32 %108 to float, !dbg !39
  %110 = fcmp ogt float %106, %109, !dbg !41
  %111 = fcmp uno float %106, 0.000000e+00, !dbg !42
  %112 = or i1 %110, %111, !dbg !43
  %113 = select i1 %112, float %106, float %109, !dbg !44
  %114 = bitcast float %113 to i32, !dbg !39
  %115 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %114, i32 1, i32 31), !dbg !39
  %116 = bitcast i32 %115 to float, !dbg !39
  %117 = fcmp ogt float %113, %116, !dbg !41
  %118 = fcmp uno float %113, 0.000000e+00, !dbg !42
  %119 = or i1 %117, %118, !dbg !43
  %120 = select i1 %119, i32 %114, i32 %115, !dbg !44
  %121 = insertelement <1 x i32> poison, i32 %120, i64 0, !dbg !39
  store <1 x i32> %121, ptr addrspace(3) %72, align 4, !dbg !39
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !39
  %122 = load i32, ptr addrspace(3) %76, align 4, !dbg !39
  %123 = bitcast i32 %122 to float, !dbg !39
  %124 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %122, i32 1, i32 31), !dbg !39
  %125 = bitcast i32 %124 to float, !dbg !39
  %126 = fcmp ogt float %123, %125, !dbg !41
  %127 = fcmp uno float %123, 0.000000e+00, !dbg !42
  %128 = or i1 %127, %126, !dbg !43
  %129 = select i1 %128, float %123, float %125, !dbg !44
  %130 = and i32 %35, 1, !dbg !45
  %131 = icmp eq i32 %130, 0, !dbg !45
  %132 = fsub float %16, %84, !dbg !46
  %133 = fmul float %132, 2.500000e-01, !dbg !47
  %134 = fsub float %17, %129, !dbg !48
  %135 = select i1 %131, float %133, float %134, !dbg !49
  %136 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !50
  %.not.i = icmp eq i32 %136, 0, !dbg !50
  %137 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %135, float 5.724980e-03, float 5.000000e-01) #8, !dbg !50
  %138 = tail call float @llvm.nvvm.fma.rn.f(float %135, float 5.724980e-03, float 5.000000e-01) #8, !dbg !50
  %.02.i = select i1 %.not.i, float %138, float %137, !dbg !50
  %139 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !50
  %.not1.i = icmp eq i32 %139, 0, !dbg !50
  %140 = tail call float @llvm.nvvm.saturate.ftz.f(float %.02.i) #8, !dbg !50
  %141 = tail call float @llvm.nvvm.saturate.f(float %.02.i) #8, !dbg !50
  %.03.i = select i1 %.not1.i, float %141, float %140, !dbg !50
  %142 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !50
  %.not2.i = icmp eq i32 %142, 0, !dbg !50
  %143 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %.03.i, float 2.520000e+02, float f0x4B400001) #8, !dbg !50
  %144 = tail call float @llvm.nvvm.fma.rm.f(float %.03.i, float 2.520000e+02, float f0x4B400001) #8, !dbg !50
  %.04.i = select i1 %.not2.i, float %144, float %143, !dbg !50
  %145 = fadd float %.04.i, f0xCB40007F, !dbg !50
  %146 = fneg float %145, !dbg !50
  %147 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !50
  %.not3.i = icmp eq i32 %147, 0, !dbg !50
  %148 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %135, float f0x3FB8AA3B, float %146) #8, !dbg !50
  %149 = tail call float @llvm.nvvm.fma.rn.f(float %135, float f0x3FB8AA3B, float %146) #8, !dbg !50
  %.0.i = select i1 %.not3.i, float %149, float %148, !dbg !50
  %150 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !50
  %.not4.i = icmp eq i32 %150, 0, !dbg !50
  %151 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %135, float f0x32A57060, float %.0.i) #8, !dbg !50
  %152 = tail call float @llvm.nvvm.fma.rn.f(float %135, float f0x32A57060, float %.0.i) #8, !dbg !50
  %.01.i = select i1 %.not4.i, float %152, float %151, !dbg !50
  %153 = bitcast float %.04.i to i32, !dbg !50
  %154 = shl i32 %153, 23, !dbg !50
  %155 = bitcast i32 %154 to float, !dbg !50
  %156 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %.01.i), !dbg !50
  %157 = fmul float %156, %155, !dbg !50
  %158 = select i1 %7, float %157, float 0.000000e+00, !dbg !51
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !52
  %159 = bitcast float %158 to i32, !dbg !52
  %160 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %159, i32 16, i32 31), !dbg !52
  %161 = bitcast i32 %160 to float, !dbg !52
  %162 = fadd float %158, %161, !dbg !56
  %163 = bitcast float %162 to i32, !dbg !52
  %164 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %163, i32 8, i32 31), !dbg !52
  %165 = bitcast i32 %164 to float, !dbg !52
  %166 = fadd float %162, %165, !dbg !56
  %167 = bitcast float %166 to i32, !dbg !52
  %168 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %167, i32 4, i32 31), !dbg !52
  %169 = bitcast i32 %168 to float, !dbg !52
  %170 = fadd float %166, %169, !dbg !56
  %171 = bitcast float %170 to i32, !dbg !52
  %172 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %171, i32 2, i32 31), !dbg !52
  %173 = bitcast i32 %172 to float, !dbg !52
  %174 = fadd float %170, %173, !dbg !56
  %175 = bitcast float %174 to i32, !dbg !52
  %176 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %175, i32 1, i32 31), !dbg !52
  %177 = bitcast i32 %176 to float, !dbg !52
  %178 = fadd float %174, %177, !dbg !56
  store float %178, ptr addrspace(3) %72, align 4, !dbg !52
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !52
  %179 = load i32, ptr addrspace(3) %76, align 4, !dbg !52
  %180 = bitcast i32 %179 to float, !dbg !52
  %181 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %179, i32 1, i32 31), !dbg !52
  %182 = bitcast i32 %181 to float, !dbg !52
  %183 = fadd float %180, %182, !dbg !56
  %184 = tail call float @llvm.nvvm.div.full(float %157, float %183), !dbg !57
  %185 = bitcast float %184 to i32, !dbg !58
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %185, ptr addrspace(1) %13, i1 %7) #8, !dbg !58
  ret void, !dbg !59
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.redux.sync.or(i32, i32) #3

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #4

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32, i32, i32, i32) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #5

declare i32 @__nvvm_reflect(ptr) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.f(float, float, float) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.ftz.f(float) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.f(float) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.ftz.f(float, float, float) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.f(float, float, float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #7

attributes #0 = { nounwind "nvvm.reqntid"="64" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #4 = { convergent nocallback nounwind }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none) }
attributes #6 = { "disable-tail-calls"="false" "frame-pointer"="all" "less-precise-fpmad"="false" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "stack-protector-buffer-size"="8" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cvjisnbdft65agzbypllfd2oais36tnh5ya5rflptexds5cgr5yx.py", directory: "/tmp/torchinductor_root/vj")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_per_fused__softmax_abs_all_amax_div_eq_mul_ne_sub_view_3", linkageName: "triton_per_fused__softmax_abs_all_amax_div_eq_mul_ne_sub_view_3", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
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
!21 = !DILocation(line: 36, column: 12, scope: !6)
!22 = !DILocation(line: 38, column: 12, scope: !6)
!23 = !DILocation(line: 41, column: 12, scope: !6)
!24 = !DILocation(line: 44, column: 13, scope: !6)
!25 = !DILocation(line: 402, column: 12, scope: !26, inlinedAt: !28)
!26 = distinct !DILexicalBlockFile(scope: !6, file: !27, discriminator: 0)
!27 = !DIFile(filename: "triton_helpers.py", directory: "/work/main/.venv/lib/python3.11/site-packages/torch/_inductor/runtime")
!28 = !DILocation(line: 45, column: 13, scope: !29)
!29 = distinct !DILexicalBlockFile(scope: !6, file: !1, discriminator: 0)
!30 = !DILocation(line: 397, column: 12, scope: !26, inlinedAt: !25)
!31 = !DILocation(line: 49, column: 13, scope: !6)
!32 = !DILocation(line: 182, column: 12, scope: !26, inlinedAt: !33)
!33 = !DILocation(line: 50, column: 13, scope: !29)
!34 = !DILocation(line: 169, column: 12, scope: !26, inlinedAt: !32)
!35 = !DILocation(line: 171, column: 17, scope: !26, inlinedAt: !32)
!36 = !DILocation(line: 171, column: 9, scope: !26, inlinedAt: !32)
!37 = !DILocation(line: 172, column: 12, scope: !26, inlinedAt: !32)
!38 = !DILocation(line: 52, column: 13, scope: !6)
!39 = !DILocation(line: 182, column: 12, scope: !26, inlinedAt: !40)
!40 = !DILocation(line: 53, column: 13, scope: !29)
!41 = !DILocation(line: 169, column: 12, scope: !26, inlinedAt: !39)
!42 = !DILocation(line: 171, column: 17, scope: !26, inlinedAt: !39)
!43 = !DILocation(line: 171, column: 9, scope: !26, inlinedAt: !39)
!44 = !DILocation(line: 172, column: 12, scope: !26, inlinedAt: !39)
!45 = !DILocation(line: 54, column: 13, scope: !6)
!46 = !DILocation(line: 55, column: 13, scope: !6)
!47 = !DILocation(line: 56, column: 13, scope: !6)
!48 = !DILocation(line: 57, column: 13, scope: !6)
!49 = !DILocation(line: 58, column: 13, scope: !6)
!50 = !DILocation(line: 59, column: 13, scope: !6)
!51 = !DILocation(line: 61, column: 13, scope: !6)
!52 = !DILocation(line: 314, column: 12, scope: !53, inlinedAt: !55)
!53 = distinct !DILexicalBlockFile(scope: !6, file: !54, discriminator: 0)
!54 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!55 = !DILocation(line: 62, column: 13, scope: !29)
!56 = !DILocation(line: 287, column: 12, scope: !53, inlinedAt: !52)
!57 = !DILocation(line: 63, column: 14, scope: !6)
!58 = !DILocation(line: 64, column: 5, scope: !6)
!59 = !DILocation(line: 18, column: 1, scope: !6)
