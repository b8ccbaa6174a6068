; ModuleID = '__compute_module_wrapped_broadcast_kernel_module'
source_filename = "__compute_module_wrapped_broadcast_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable
define noalias noundef ptr @wrapped_broadcast(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !dereferenceable !4
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %6 = load ptr, ptr %5, align 8, !invariant.load !3, !dereferenceable !5
  tail call void @llvm.experimental.noalias.scope.decl(metadata !6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !9)
  %7 = load float, ptr %4, align 4, !invariant.load !3, !alias.scope !6, !noalias !9
  %broadcast.splatinsert = insertelement <8 x float> poison, float %7, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %.preheader2

.preheader2:                                      ; preds = %1, %28
  %8 = phi i64 [ 0, %1 ], [ %29, %28 ]
  %.idx = shl i64 %8, 12
  %9 = getelementptr i8, ptr %6, i64 %.idx
  br label %.preheader

.preheader:                                       ; preds = %.preheader2, %.preheader
  %10 = phi i64 [ 0, %.preheader2 ], [ %27, %.preheader ]
  %.idx1 = shl i64 %10, 9
  %11 = getelementptr i8, ptr %9, i64 %.idx1
  %12 = getelementptr i8, ptr %11, i64 32
  %13 = getelementptr i8, ptr %11, i64 64
  %14 = getelementptr i8, ptr %11, i64 96
  store <8 x float> %broadcast.splat, ptr %11, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %12, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %13, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %14, align 4, !alias.scope !9, !noalias !6
  %15 = getelementptr i8, ptr %11, i64 128
  %16 = getelementptr i8, ptr %11, i64 160
  %17 = getelementptr i8, ptr %11, i64 192
  %18 = getelementptr i8, ptr %11, i64 224
  store <8 x float> %broadcast.splat, ptr %15, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %16, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %17, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %18, align 4, !alias.scope !9, !noalias !6
  %19 = getelementptr i8, ptr %11, i64 256
  %20 = getelementptr i8, ptr %11, i64 288
  %21 = getelementptr i8, ptr %11, i64 320
  %22 = getelementptr i8, ptr %11, i64 352
  store <8 x float> %broadcast.splat, ptr %19, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %20, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %21, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %22, align 4, !alias.scope !9, !noalias !6
  %23 = getelementptr i8, ptr %11, i64 384
  %24 = getelementptr i8, ptr %11, i64 416
  %25 = getelementptr i8, ptr %11, i64 448
  %26 = getelementptr i8, ptr %11, i64 480
  store <8 x float> %broadcast.splat, ptr %23, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %24, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %25, align 4, !alias.scope !9, !noalias !6
  store <8 x float> %broadcast.splat, ptr %26, align 4, !alias.scope !9, !noalias !6
  %27 = add nuw nsw i64 %10, 1
  %exitcond3.not = icmp eq i64 %27, 8
  br i1 %exitcond3.not, label %28, label %.preheader, !llvm.loop !11

28:                                               ; preds = %.preheader
  %29 = add nuw nsw i64 %8, 1
  %exitcond4.not = icmp eq i64 %29, 16
  br i1 %exitcond4.not, label %wrapped_broadcast_wrapped.exit, label %.preheader2, !llvm.loop !11

wrapped_broadcast_wrapped.exit:                   ; preds = %28
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
!4 = !{i64 4}
!5 = !{i64 65536}
!6 = !{!7}
!7 = distinct !{!7, !8, !"wrapped_broadcast_wrapped: argument 0"}
!8 = distinct !{!8, !"wrapped_broadcast_wrapped"}
!9 = !{!10}
!10 = distinct !{!10, !8, !"wrapped_broadcast_wrapped: argument 1"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
