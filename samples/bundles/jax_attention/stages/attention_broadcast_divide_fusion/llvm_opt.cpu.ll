; ModuleID = '<string>'
source_filename = "__compute_module_broadcast_divide_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define noalias noundef ptr @broadcast_divide_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !dereferenceable !4
  br label %.preheader2

.preheader2:                                      ; preds = %25, %1
  %exitcond4.not = phi i1 [ false, %1 ], [ true, %25 ]
  %5 = phi i64 [ 0, %1 ], [ 1024, %25 ]
  %6 = getelementptr i8, ptr %4, i64 %5
  br label %.preheader

.preheader:                                       ; preds = %.preheader, %.preheader2
  %7 = phi i64 [ 0, %.preheader2 ], [ %24, %.preheader ]
  %.idx1 = shl i64 %7, 8
  %8 = getelementptr i8, ptr %6, i64 %.idx1
  %9 = getelementptr i8, ptr %8, i64 32
  %10 = getelementptr i8, ptr %8, i64 64
  %11 = getelementptr i8, ptr %8, i64 96
  %wide.load = load <8 x float>, ptr %8, align 4, !alias.scope !5
  %wide.load6 = load <8 x float>, ptr %9, align 4, !alias.scope !5
  %wide.load7 = load <8 x float>, ptr %10, align 4, !alias.scope !5
  %wide.load8 = load <8 x float>, ptr %11, align 4, !alias.scope !5
  %12 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load
  %13 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load6
  %14 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load7
  %15 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load8
  store <8 x float> %12, ptr %8, align 4, !alias.scope !5
  store <8 x float> %13, ptr %9, align 4, !alias.scope !5
  store <8 x float> %14, ptr %10, align 4, !alias.scope !5
  store <8 x float> %15, ptr %11, align 4, !alias.scope !5
  %16 = getelementptr i8, ptr %8, i64 128
  %17 = getelementptr i8, ptr %8, i64 160
  %18 = getelementptr i8, ptr %8, i64 192
  %19 = getelementptr i8, ptr %8, i64 224
  %wide.load.1 = load <8 x float>, ptr %16, align 4, !alias.scope !5
  %wide.load6.1 = load <8 x float>, ptr %17, align 4, !alias.scope !5
  %wide.load7.1 = load <8 x float>, ptr %18, align 4, !alias.scope !5
  %wide.load8.1 = load <8 x float>, ptr %19, align 4, !alias.scope !5
  %20 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load.1
  %21 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load6.1
  %22 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load7.1
  %23 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load8.1
  store <8 x float> %20, ptr %16, align 4, !alias.scope !5
  store <8 x float> %21, ptr %17, align 4, !alias.scope !5
  store <8 x float> %22, ptr %18, align 4, !alias.scope !5
  store <8 x float> %23, ptr %19, align 4, !alias.scope !5
  %24 = add nuw nsw i64 %7, 1
  %exitcond3.not = icmp eq i64 %24, 4
  br i1 %exitcond3.not, label %25, label %.preheader, !llvm.loop !8

25:                                               ; preds = %.preheader
  br i1 %exitcond4.not, label %broadcast_divide_fusion_wrapped.exit, label %.preheader2, !llvm.loop !8

broadcast_divide_fusion_wrapped.exit:             ; preds = %25
  ret ptr null
}

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 0}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 2048}
!5 = !{!6}
!6 = distinct !{!6, !7, !"broadcast_divide_fusion_wrapped: argument 0"}
!7 = distinct !{!7, !"broadcast_divide_fusion_wrapped"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
