; ModuleID = '__compute_module_transpose_copy_fusion.2_kernel_module'
source_filename = "__compute_module_transpose_copy_fusion.2_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable
define noalias noundef ptr @transpose_copy_fusion.2(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
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

.preheader6:                                      ; preds = %1, %86
  %exitcond8.not = phi i1 [ false, %1 ], [ true, %86 ]
  %9 = phi i64 [ 0, %1 ], [ 1, %86 ]
  %.idx = mul nuw nsw i64 %9, 49152
  %10 = getelementptr i8, ptr %6, i64 %.idx
  %.idx2 = shl nuw nsw i64 %9, 14
  %11 = getelementptr i8, ptr %8, i64 %.idx2
  br label %12

12:                                               ; preds = %.preheader6, %84
  %13 = phi i64 [ 0, %.preheader6 ], [ %85, %84 ]
  %14 = shl nuw nsw i64 %13, 4
  %15 = getelementptr [4 x i8], ptr %10, i64 %14
  %16 = getelementptr [4 x i8], ptr %4, i64 %14
  %.idx3 = shl nuw nsw i64 %13, 12
  %17 = getelementptr i8, ptr %11, i64 %.idx3
  %.phi.trans.insert = getelementptr i8, ptr %16, i64 8
  %.pre = load float, ptr %.phi.trans.insert, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert9 = getelementptr i8, ptr %16, i64 12
  %.pre10 = load float, ptr %.phi.trans.insert9, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert11 = getelementptr i8, ptr %16, i64 16
  %.pre12 = load float, ptr %.phi.trans.insert11, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert13 = getelementptr i8, ptr %16, i64 20
  %.pre14 = load float, ptr %.phi.trans.insert13, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert15 = getelementptr i8, ptr %16, i64 24
  %.pre16 = load float, ptr %.phi.trans.insert15, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert17 = getelementptr i8, ptr %16, i64 28
  %.pre18 = load float, ptr %.phi.trans.insert17, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert19 = getelementptr i8, ptr %16, i64 32
  %.pre20 = load float, ptr %.phi.trans.insert19, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert21 = getelementptr i8, ptr %16, i64 36
  %.pre22 = load float, ptr %.phi.trans.insert21, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert23 = getelementptr i8, ptr %16, i64 40
  %.pre24 = load float, ptr %.phi.trans.insert23, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert25 = getelementptr i8, ptr %16, i64 44
  %.pre26 = load float, ptr %.phi.trans.insert25, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert27 = getelementptr i8, ptr %16, i64 48
  %.pre28 = load float, ptr %.phi.trans.insert27, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert29 = getelementptr i8, ptr %16, i64 52
  %.pre30 = load float, ptr %.phi.trans.insert29, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert31 = getelementptr i8, ptr %16, i64 56
  %.pre32 = load float, ptr %.phi.trans.insert31, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert33 = getelementptr i8, ptr %16, i64 60
  %.pre34 = load float, ptr %.phi.trans.insert33, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.pre35 = load float, ptr %16, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert36 = getelementptr i8, ptr %16, i64 4
  %.pre37 = load float, ptr %.phi.trans.insert36, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  br label %.preheader

.preheader:                                       ; preds = %12, %.preheader
  %18 = phi i64 [ 0, %12 ], [ %83, %.preheader ]
  %.idx1 = mul nuw nsw i64 %18, 768
  %19 = getelementptr i8, ptr %15, i64 %.idx1
  %.idx4 = shl i64 %18, 6
  %20 = getelementptr i8, ptr %17, i64 %.idx4
  %21 = load float, ptr %19, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %22 = fadd float %21, %.pre35
  store float %22, ptr %20, align 4, !alias.scope !12, !noalias !16
  %23 = getelementptr i8, ptr %19, i64 4
  %24 = load float, ptr %23, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %25 = fadd float %24, %.pre37
  %26 = getelementptr i8, ptr %20, i64 4
  store float %25, ptr %26, align 4, !alias.scope !12, !noalias !16
  %27 = getelementptr i8, ptr %19, i64 8
  %28 = load float, ptr %27, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %29 = fadd float %28, %.pre
  %30 = getelementptr i8, ptr %20, i64 8
  store float %29, ptr %30, align 4, !alias.scope !12, !noalias !16
  %31 = getelementptr i8, ptr %19, i64 12
  %32 = load float, ptr %31, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %33 = fadd float %32, %.pre10
  %34 = getelementptr i8, ptr %20, i64 12
  store float %33, ptr %34, align 4, !alias.scope !12, !noalias !16
  %35 = getelementptr i8, ptr %19, i64 16
  %36 = load float, ptr %35, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %37 = fadd float %36, %.pre12
  %38 = getelementptr i8, ptr %20, i64 16
  store float %37, ptr %38, align 4, !alias.scope !12, !noalias !16
  %39 = getelementptr i8, ptr %19, i64 20
  %40 = load float, ptr %39, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %41 = fadd float %40, %.pre14
  %42 = getelementptr i8, ptr %20, i64 20
  store float %41, ptr %42, align 4, !alias.scope !12, !noalias !16
  %43 = getelementptr i8, ptr %19, i64 24
  %44 = load float, ptr %43, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %45 = fadd float %44, %.pre16
  %46 = getelementptr i8, ptr %20, i64 24
  store float %45, ptr %46, align 4, !alias.scope !12, !noalias !16
  %47 = getelementptr i8, ptr %19, i64 28
  %48 = load float, ptr %47, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %49 = fadd float %48, %.pre18
  %50 = getelementptr i8, ptr %20, i64 28
  store float %49, ptr %50, align 4, !alias.scope !12, !noalias !16
  %51 = getelementptr i8, ptr %19, i64 32
  %52 = load float, ptr %51, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %53 = fadd float %52, %.pre20
  %54 = getelementptr i8, ptr %20, i64 32
  store float %53, ptr %54, align 4, !alias.scope !12, !noalias !16
  %55 = getelementptr i8, ptr %19, i64 36
  %56 = load float, ptr %55, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %57 = fadd float %56, %.pre22
  %58 = getelementptr i8, ptr %20, i64 36
  store float %57, ptr %58, align 4, !alias.scope !12, !noalias !16
  %59 = getelementptr i8, ptr %19, i64 40
  %60 = load float, ptr %59, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %61 = fadd float %60, %.pre24
  %62 = getelementptr i8, ptr %20, i64 40
  store float %61, ptr %62, align 4, !alias.scope !12, !noalias !16
  %63 = getelementptr i8, ptr %19, i64 44
  %64 = load float, ptr %63, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %65 = fadd float %64, %.pre26
  %66 = getelementptr i8, ptr %20, i64 44
  store float %65, ptr %66, align 4, !alias.scope !12, !noalias !16
  %67 = getelementptr i8, ptr %19, i64 48
  %68 = load float, ptr %67, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %69 = fadd float %68, %.pre28
  %70 = getelementptr i8, ptr %20, i64 48
  store float %69, ptr %70, align 4, !alias.scope !12, !noalias !16
  %71 = getelementptr i8, ptr %19, i64 52
  %72 = load float, ptr %71, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %73 = fadd float %72, %.pre30
  %74 = getelementptr i8, ptr %20, i64 52
  store float %73, ptr %74, align 4, !alias.scope !12, !noalias !16
  %75 = getelementptr i8, ptr %19, i64 56
  %76 = load float, ptr %75, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %77 = fadd float %76, %.pre32
  %78 = getelementptr i8, ptr %20, i64 56
  store float %77, ptr %78, align 4, !alias.scope !12, !noalias !16
  %79 = getelementptr i8, ptr %19, i64 60
  %80 = load float, ptr %79, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %81 = fadd float %80, %.pre34
  %82 = getelementptr i8, ptr %20, i64 60
  store float %81, ptr %82, align 4, !alias.scope !12, !noalias !16
  %83 = add nuw nsw i64 %18, 1
  %exitcond.not = icmp eq i64 %83, 64
  br i1 %exitcond.not, label %84, label %.preheader, !llvm.loop !17

84:                                               ; preds = %.preheader
  %85 = add nuw nsw i64 %13, 1
  %exitcond7.not = icmp eq i64 %85, 4
  br i1 %exitcond7.not, label %86, label %12, !llvm.loop !17

86:                                               ; preds = %84
  br i1 %exitcond8.not, label %transpose_copy_fusion.2_wrapped.exit, label %.preheader6, !llvm.loop !17

transpose_copy_fusion.2_wrapped.exit:             ; preds = %86
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 5}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 768}
!5 = !{i64 98304}
!6 = !{i64 32768}
!7 = !{!8}
!8 = distinct !{!8, !9, !"transpose_copy_fusion.2_wrapped: argument 0"}
!9 = distinct !{!9, !"transpose_copy_fusion.2_wrapped"}
!10 = !{!11}
!11 = distinct !{!11, !9, !"transpose_copy_fusion.2_wrapped: argument 1"}
!12 = !{!13}
!13 = distinct !{!13, !9, !"transpose_copy_fusion.2_wrapped: argument 2"}
!14 = !{!11, !13}
!15 = !{!8, !13}
!16 = !{!8, !11}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
