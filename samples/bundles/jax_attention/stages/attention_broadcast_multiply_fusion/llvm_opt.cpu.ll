; ModuleID = '<string>'
source_filename = "__compute_module_broadcast_multiply_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define noalias noundef ptr @broadcast_multiply_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !dereferenceable !4
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %6 = load ptr, ptr %5, align 8, !invariant.load !3, !dereferenceable !5
  tail call void @llvm.experimental.noalias.scope.decl(metadata !6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !9)
  br label %.preheader6

.preheader6:                                      ; preds = %35, %1
  %exitcond9.not = phi i1 [ false, %1 ], [ true, %35 ]
  %7 = phi i64 [ 0, %1 ], [ 1, %35 ]
  %.idx = shl nuw nsw i64 %7, 10
  %8 = getelementptr i8, ptr %6, i64 %.idx
  %.idx2 = shl nuw nsw i64 %7, 16
  %9 = getelementptr i8, ptr %4, i64 %.idx2
  br label %.preheader

.preheader:                                       ; preds = %33, %.preheader6
  %10 = phi i64 [ 0, %.preheader6 ], [ %34, %33 ]
  %.idx1 = shl i64 %10, 8
  %11 = getelementptr i8, ptr %8, i64 %.idx1
  %.idx3 = shl i64 %10, 14
  %12 = getelementptr i8, ptr %9, i64 %.idx3
  br label %vector.ph

vector.ph:                                        ; preds = %vector.ph, %.preheader
  %13 = phi i64 [ 0, %.preheader ], [ %32, %vector.ph ]
  %14 = getelementptr [4 x i8], ptr %11, i64 %13
  %15 = load float, ptr %14, align 4, !invariant.load !3, !alias.scope !9, !noalias !6
  %broadcast.splatinsert = insertelement <8 x float> poison, float %15, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx4 = shl nuw nsw i64 %13, 8
  %16 = getelementptr i8, ptr %12, i64 %.idx4
  %17 = getelementptr i8, ptr %16, i64 32
  %18 = getelementptr i8, ptr %16, i64 64
  %19 = getelementptr i8, ptr %16, i64 96
  %wide.load = load <8 x float>, ptr %16, align 4, !alias.scope !6, !noalias !9
  %wide.load12 = load <8 x float>, ptr %17, align 4, !alias.scope !6, !noalias !9
  %wide.load13 = load <8 x float>, ptr %18, align 4, !alias.scope !6, !noalias !9
  %wide.load14 = load <8 x float>, ptr %19, align 4, !alias.scope !6, !noalias !9
  %20 = fmul <8 x float> %wide.load, %broadcast.splat
  %21 = fmul <8 x float> %broadcast.splat, %wide.load12
  %22 = fmul <8 x float> %broadcast.splat, %wide.load13
  %23 = fmul <8 x float> %broadcast.splat, %wide.load14
  store <8 x float> %20, ptr %16, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %21, ptr %17, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %22, ptr %18, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %23, ptr %19, align 4, !alias.scope !6, !noalias !9
  %24 = getelementptr i8, ptr %16, i64 128
  %25 = getelementptr i8, ptr %16, i64 160
  %26 = getelementptr i8, ptr %16, i64 192
  %27 = getelementptr i8, ptr %16, i64 224
  %wide.load.1 = load <8 x float>, ptr %24, align 4, !alias.scope !6, !noalias !9
  %wide.load12.1 = load <8 x float>, ptr %25, align 4, !alias.scope !6, !noalias !9
  %wide.load13.1 = load <8 x float>, ptr %26, align 4, !alias.scope !6, !noalias !9
  %wide.load14.1 = load <8 x float>, ptr %27, align 4, !alias.scope !6, !noalias !9
  %28 = fmul <8 x float> %broadcast.splat, %wide.load.1
  %29 = fmul <8 x float> %broadcast.splat, %wide.load12.1
  %30 = fmul <8 x float> %broadcast.splat, %wide.load13.1
  %31 = fmul <8 x float> %broadcast.splat, %wide.load14.1
  store <8 x float> %28, ptr %24, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %29, ptr %25, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %30, ptr %26, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %31, ptr %27, align 4, !alias.scope !6, !noalias !9
  %32 = add nuw nsw i64 %13, 1
  %exitcond7.not = icmp eq i64 %32, 64
  br i1 %exitcond7.not, label %33, label %vector.ph, !llvm.loop !11

33:                                               ; preds = %vector.ph
  %34 = add nuw nsw i64 %10, 1
  %exitcond8.not = icmp eq i64 %34, 4
  br i1 %exitcond8.not, label %35, label %.preheader, !llvm.loop !11

35:                                               ; preds = %33
  br i1 %exitcond9.not, label %broadcast_multiply_fusion_wrapped.exit, label %.preheader6, !llvm.loop !11

broadcast_multiply_fusion_wrapped.exit:           ; preds = %35
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 1}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 131072}
!5 = !{i64 2048}
!6 = !{!7}
!7 = distinct !{!7, !8, !"broadcast_multiply_fusion_wrapped: argument 0"}
!8 = distinct !{!8, !"broadcast_multiply_fusion_wrapped"}
!9 = !{!10}
!10 = distinct !{!10, !8, !"broadcast_multiply_fusion_wrapped: argument 1"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
