; ModuleID = '__compute_module_transpose_copy_fusion_kernel_module'
source_filename = "__compute_module_transpose_copy_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable
define noalias noundef ptr @transpose_copy_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !dereferenceable !4
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %6 = load ptr, ptr %5, align 8, !invariant.load !3, !dereferenceable !5
  %7 = getelementptr inbounds nuw i8, ptr %3, i64 32
  %8 = load ptr, ptr %7, align 8, !invariant.load !3, !dereferenceable !6
  tail call void @llvm.experimental.noalias.scope.decl(metadata !7)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !10)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !12)
  br label %.preheader6

.preheader6:                                      ; preds = %1, %103
  %exitcond8.not = phi i1 [ false, %1 ], [ true, %103 ]
  %9 = phi i64 [ 0, %1 ], [ 1, %103 ]
  %.idx = mul nuw nsw i64 %9, 49152
  %10 = getelementptr i8, ptr %6, i64 %.idx
  %.idx2 = shl nuw nsw i64 %9, 14
  %11 = getelementptr i8, ptr %8, i64 %.idx2
  br label %12

12:                                               ; preds = %.preheader6, %101
  %13 = phi i64 [ 0, %.preheader6 ], [ %102, %101 ]
  %14 = shl nuw nsw i64 %13, 4
  %15 = getelementptr [4 x i8], ptr %10, i64 %14
  %16 = getelementptr [4 x i8], ptr %4, i64 %14
  %.idx3 = shl nuw nsw i64 %13, 12
  %17 = getelementptr i8, ptr %11, i64 %.idx3
  %.phi.trans.insert9 = getelementptr i8, ptr %16, i64 532
  %.pre = load float, ptr %.phi.trans.insert9, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert11 = getelementptr i8, ptr %16, i64 536
  %.pre12 = load float, ptr %.phi.trans.insert11, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert14 = getelementptr i8, ptr %16, i64 540
  %.pre15 = load float, ptr %.phi.trans.insert14, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert17 = getelementptr i8, ptr %16, i64 544
  %.pre18 = load float, ptr %.phi.trans.insert17, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert20 = getelementptr i8, ptr %16, i64 548
  %.pre21 = load float, ptr %.phi.trans.insert20, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert23 = getelementptr i8, ptr %16, i64 552
  %.pre24 = load float, ptr %.phi.trans.insert23, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert26 = getelementptr i8, ptr %16, i64 524
  %.pre27 = load float, ptr %.phi.trans.insert26, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert29 = getelementptr i8, ptr %16, i64 528
  %.pre30 = load float, ptr %.phi.trans.insert29, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %18 = getelementptr i8, ptr %16, i64 512
  %19 = load float, ptr %18, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %20 = getelementptr i8, ptr %16, i64 516
  %21 = load float, ptr %20, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %22 = getelementptr i8, ptr %16, i64 520
  %23 = load float, ptr %22, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %24 = getelementptr i8, ptr %16, i64 556
  %25 = load float, ptr %24, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %26 = getelementptr i8, ptr %16, i64 560
  %27 = load float, ptr %26, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %28 = getelementptr i8, ptr %16, i64 564
  %29 = load float, ptr %28, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %30 = getelementptr i8, ptr %16, i64 568
  %31 = load float, ptr %30, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %32 = getelementptr i8, ptr %16, i64 572
  %33 = load float, ptr %32, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  br label %.preheader

.preheader:                                       ; preds = %12, %.preheader
  %34 = phi i64 [ 0, %12 ], [ %100, %.preheader ]
  %.idx1 = mul nuw nsw i64 %34, 768
  %35 = getelementptr i8, ptr %15, i64 %.idx1
  %.idx4 = shl i64 %34, 6
  %36 = getelementptr i8, ptr %17, i64 %.idx4
  %37 = getelementptr i8, ptr %35, i64 512
  %38 = load float, ptr %37, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %39 = fadd float %38, %19
  store float %39, ptr %36, align 4, !alias.scope !12, !noalias !16
  %40 = getelementptr i8, ptr %35, i64 516
  %41 = load float, ptr %40, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %42 = fadd float %41, %21
  %43 = getelementptr i8, ptr %36, i64 4
  store float %42, ptr %43, align 4, !alias.scope !12, !noalias !16
  %44 = getelementptr i8, ptr %35, i64 520
  %45 = load float, ptr %44, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %46 = fadd float %45, %23
  %47 = getelementptr i8, ptr %36, i64 8
  store float %46, ptr %47, align 4, !alias.scope !12, !noalias !16
  %48 = getelementptr i8, ptr %35, i64 524
  %49 = load float, ptr %48, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %50 = fadd float %49, %.pre27
  %51 = getelementptr i8, ptr %36, i64 12
  store float %50, ptr %51, align 4, !alias.scope !12, !noalias !16
  %52 = getelementptr i8, ptr %35, i64 528
  %53 = load float, ptr %52, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %54 = fadd float %53, %.pre30
  %55 = getelementptr i8, ptr %36, i64 16
  store float %54, ptr %55, align 4, !alias.scope !12, !noalias !16
  %56 = getelementptr i8, ptr %35, i64 532
  %57 = load float, ptr %56, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %58 = fadd float %57, %.pre
  %59 = getelementptr i8, ptr %36, i64 20
  store float %58, ptr %59, align 4, !alias.scope !12, !noalias !16
  %60 = getelementptr i8, ptr %35, i64 536
  %61 = load float, ptr %60, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %62 = fadd float %61, %.pre12
  %63 = getelementptr i8, ptr %36, i64 24
  store float %62, ptr %63, align 4, !alias.scope !12, !noalias !16
  %64 = getelementptr i8, ptr %35, i64 540
  %65 = load float, ptr %64, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %66 = fadd float %65, %.pre15
  %67 = getelementptr i8, ptr %36, i64 28
  store float %66, ptr %67, align 4, !alias.scope !12, !noalias !16
  %68 = getelementptr i8, ptr %35, i64 544
  %69 = load float, ptr %68, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %70 = fadd float %69, %.pre18
  %71 = getelementptr i8, ptr %36, i64 32
  store float %70, ptr %71, align 4, !alias.scope !12, !noalias !16
  %72 = getelementptr i8, ptr %35, i64 548
  %73 = load float, ptr %72, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %74 = fadd float %73, %.pre21
  %75 = getelementptr i8, ptr %36, i64 36
  store float %74, ptr %75, align 4, !alias.scope !12, !noalias !16
  %76 = getelementptr i8, ptr %35, i64 552
  %77 = load float, ptr %76, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %78 = fadd float %77, %.pre24
  %79 = getelementptr i8, ptr %36, i64 40
  store float %78, ptr %79, align 4, !alias.scope !12, !noalias !16
  %80 = getelementptr i8, ptr %35, i64 556
  %81 = load float, ptr %80, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %82 = fadd float %81, %25
  %83 = getelementptr i8, ptr %36, i64 44
  store float %82, ptr %83, align 4, !alias.scope !12, !noalias !16
  %84 = getelementptr i8, ptr %35, i64 560
  %85 = load float, ptr %84, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %86 = fadd float %85, %27
  %87 = getelementptr i8, ptr %36, i64 48
  store float %86, ptr %87, align 4, !alias.scope !12, !noalias !16
  %88 = getelementptr i8, ptr %35, i64 564
  %89 = load float, ptr %88, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %90 = fadd float %89, %29
  %91 = getelementptr i8, ptr %36, i64 52
  store float %90, ptr %91, align 4, !alias.scope !12, !noalias !16
  %92 = getelementptr i8, ptr %35, i64 568
  %93 = load float, ptr %92, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %94 = fadd float %93, %31
  %95 = getelementptr i8, ptr %36, i64 56
  store float %94, ptr %95, align 4, !alias.scope !12, !noalias !16
  %96 = getelementptr i8, ptr %35, i64 572
  %97 = load float, ptr %96, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %98 = fadd float %97, %33
  %99 = getelementptr i8, ptr %36, i64 60
  store float %98, ptr %99, align 4, !alias.scope !12, !noalias !16
  %100 = add nuw nsw i64 %34, 1
  %exitcond.not = icmp eq i64 %100, 64
  br i1 %exitcond.not, label %101, label %.preheader, !llvm.loop !17

101:                                              ; preds = %.preheader
  %102 = add nuw nsw i64 %13, 1
  %exitcond7.not = icmp eq i64 %102, 4
  br i1 %exitcond7.not, label %103, label %12, !llvm.loop !17

103:                                              ; preds = %101
  br i1 %exitcond8.not, label %transpose_copy_fusion_wrapped.exit, label %.preheader6, !llvm.loop !17

transpose_copy_fusion_wrapped.exit:               ; preds = %103
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 3}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 768}
!5 = !{i64 98304}
!6 = !{i64 32768}
!7 = !{!8}
!8 = distinct !{!8, !9, !"transpose_copy_fusion_wrapped: argument 0"}
!9 = distinct !{!9, !"transpose_copy_fusion_wrapped"}
!10 = !{!11}
!11 = distinct !{!11, !9, !"transpose_copy_fusion_wrapped: argument 1"}
!12 = !{!13}
!13 = distinct !{!13, !9, !"transpose_copy_fusion_wrapped: argument 2"}
!14 = !{!11, !13}
!15 = !{!8, !13}
!16 = !{!8, !11}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
