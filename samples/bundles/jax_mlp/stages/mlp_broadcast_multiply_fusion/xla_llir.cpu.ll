; ModuleID = '__compute_module_broadcast_multiply_fusion_kernel_module'
source_filename = "__compute_module_broadcast_multiply_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable
define noalias noundef ptr @broadcast_multiply_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !dereferenceable !4
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %6 = load ptr, ptr %5, align 8, !invariant.load !3, !dereferenceable !5
  tail call void @llvm.experimental.noalias.scope.decl(metadata !6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !9)
  br label %vector.ph

vector.ph:                                        ; preds = %1, %vector.ph
  %7 = phi i64 [ 0, %1 ], [ %74, %vector.ph ]
  %8 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %7
  %9 = load float, ptr %8, align 4, !invariant.load !3, !alias.scope !9, !noalias !6
  %broadcast.splatinsert = insertelement <8 x float> poison, float %9, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx = shl nuw nsw i64 %7, 10
  %10 = getelementptr i8, ptr %4, i64 %.idx
  %11 = getelementptr i8, ptr %10, i64 32
  %12 = getelementptr i8, ptr %10, i64 64
  %13 = getelementptr i8, ptr %10, i64 96
  %wide.load = load <8 x float>, ptr %10, align 4, !alias.scope !6, !noalias !9
  %wide.load3 = load <8 x float>, ptr %11, align 4, !alias.scope !6, !noalias !9
  %wide.load4 = load <8 x float>, ptr %12, align 4, !alias.scope !6, !noalias !9
  %wide.load5 = load <8 x float>, ptr %13, align 4, !alias.scope !6, !noalias !9
  %14 = fmul <8 x float> %broadcast.splat, %wide.load
  %15 = fmul <8 x float> %broadcast.splat, %wide.load3
  %16 = fmul <8 x float> %broadcast.splat, %wide.load4
  %17 = fmul <8 x float> %broadcast.splat, %wide.load5
  store <8 x float> %14, ptr %10, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %15, ptr %11, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %16, ptr %12, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %17, ptr %13, align 4, !alias.scope !6, !noalias !9
  %18 = getelementptr i8, ptr %10, i64 128
  %19 = getelementptr i8, ptr %10, i64 160
  %20 = getelementptr i8, ptr %10, i64 192
  %21 = getelementptr i8, ptr %10, i64 224
  %wide.load.1 = load <8 x float>, ptr %18, align 4, !alias.scope !6, !noalias !9
  %wide.load3.1 = load <8 x float>, ptr %19, align 4, !alias.scope !6, !noalias !9
  %wide.load4.1 = load <8 x float>, ptr %20, align 4, !alias.scope !6, !noalias !9
  %wide.load5.1 = load <8 x float>, ptr %21, align 4, !alias.scope !6, !noalias !9
  %22 = fmul <8 x float> %broadcast.splat, %wide.load.1
  %23 = fmul <8 x float> %broadcast.splat, %wide.load3.1
  %24 = fmul <8 x float> %broadcast.splat, %wide.load4.1
  %25 = fmul <8 x float> %broadcast.splat, %wide.load5.1
  store <8 x float> %22, ptr %18, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %23, ptr %19, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %24, ptr %20, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %25, ptr %21, align 4, !alias.scope !6, !noalias !9
  %26 = getelementptr i8, ptr %10, i64 256
  %27 = getelementptr i8, ptr %10, i64 288
  %28 = getelementptr i8, ptr %10, i64 320
  %29 = getelementptr i8, ptr %10, i64 352
  %wide.load.2 = load <8 x float>, ptr %26, align 4, !alias.scope !6, !noalias !9
  %wide.load3.2 = load <8 x float>, ptr %27, align 4, !alias.scope !6, !noalias !9
  %wide.load4.2 = load <8 x float>, ptr %28, align 4, !alias.scope !6, !noalias !9
  %wide.load5.2 = load <8 x float>, ptr %29, align 4, !alias.scope !6, !noalias !9
  %30 = fmul <8 x float> %broadcast.splat, %wide.load.2
  %31 = fmul <8 x float> %broadcast.splat, %wide.load3.2
  %32 = fmul <8 x float> %broadcast.splat, %wide.load4.2
  %33 = fmul <8 x float> %broadcast.splat, %wide.load5.2
  store <8 x float> %30, ptr %26, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %31, ptr %27, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %32, ptr %28, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %33, ptr %29, align 4, !alias.scope !6, !noalias !9
  %34 = getelementptr i8, ptr %10, i64 384
  %35 = getelementptr i8, ptr %10, i64 416
  %36 = getelementptr i8, ptr %10, i64 448
  %37 = getelementptr i8, ptr %10, i64 480
  %wide.load.3 = load <8 x float>, ptr %34, align 4, !alias.scope !6, !noalias !9
  %wide.load3.3 = load <8 x float>, ptr %35, align 4, !alias.scope !6, !noalias !9
  %wide.load4.3 = load <8 x float>, ptr %36, align 4, !alias.scope !6, !noalias !9
  %wide.load5.3 = load <8 x float>, ptr %37, align 4, !alias.scope !6, !noalias !9
  %38 = fmul <8 x float> %broadcast.splat, %wide.load.3
  %39 = fmul <8 x float> %broadcast.splat, %wide.load3.3
  %40 = fmul <8 x float> %broadcast.splat, %wide.load4.3
  %41 = fmul <8 x float> %broadcast.splat, %wide.load5.3
  store <8 x float> %38, ptr %34, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %39, ptr %35, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %40, ptr %36, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %41, ptr %37, align 4, !alias.scope !6, !noalias !9
  %42 = getelementptr i8, ptr %10, i64 512
  %43 = getelementptr i8, ptr %10, i64 544
  %44 = getelementptr i8, ptr %10, i64 576
  %45 = getelementptr i8, ptr %10, i64 608
  %wide.load.4 = load <8 x float>, ptr %42, align 4, !alias.scope !6, !noalias !9
  %wide.load3.4 = load <8 x float>, ptr %43, align 4, !alias.scope !6, !noalias !9
  %wide.load4.4 = load <8 x float>, ptr %44, align 4, !alias.scope !6, !noalias !9
  %wide.load5.4 = load <8 x float>, ptr %45, align 4, !alias.scope !6, !noalias !9
  %46 = fmul <8 x float> %broadcast.splat, %wide.load.4
  %47 = fmul <8 x float> %broadcast.splat, %wide.load3.4
  %48 = fmul <8 x float> %broadcast.splat, %wide.load4.4
  %49 = fmul <8 x float> %broadcast.splat, %wide.load5.4
  store <8 x float> %46, ptr %42, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %47, ptr %43, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %48, ptr %44, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %49, ptr %45, align 4, !alias.scope !6, !noalias !9
  %50 = getelementptr i8, ptr %10, i64 640
  %51 = getelementptr i8, ptr %10, i64 672
  %52 = getelementptr i8, ptr %10, i64 704
  %53 = getelementptr i8, ptr %10, i64 736
  %wide.load.5 = load <8 x float>, ptr %50, align 4, !alias.scope !6, !noalias !9
  %wide.load3.5 = load <8 x float>, ptr %51, align 4, !alias.scope !6, !noalias !9
  %wide.load4.5 = load <8 x float>, ptr %52, align 4, !alias.scope !6, !noalias !9
  %wide.load5.5 = load <8 x float>, ptr %53, align 4, !alias.scope !6, !noalias !9
  %54 = fmul <8 x float> %broadcast.splat, %wide.load.5
  %55 = fmul <8 x float> %broadcast.splat, %wide.load3.5
  %56 = fmul <8 x float> %broadcast.splat, %wide.load4.5
  %57 = fmul <8 x float> %broadcast.splat, %wide.load5.5
  store <8 x float> %54, ptr %50, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %55, ptr %51, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %56, ptr %52, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %57, ptr %53, align 4, !alias.scope !6, !noalias !9
  %58 = getelementptr i8, ptr %10, i64 768
  %59 = getelementptr i8, ptr %10, i64 800
  %60 = getelementptr i8, ptr %10, i64 832
  %61 = getelementptr i8, ptr %10, i64 864
  %wide.load.6 = load <8 x float>, ptr %58, align 4, !alias.scope !6, !noalias !9
  %wide.load3.6 = load <8 x float>, ptr %59, align 4, !alias.scope !6, !noalias !9
  %wide.load4.6 = load <8 x float>, ptr %60, align 4, !alias.scope !6, !noalias !9
  %wide.load5.6 = load <8 x float>, ptr %61, align 4, !alias.scope !6, !noalias !9
  %62 = fmul <8 x float> %broadcast.splat, %wide.load.6
  %63 = fmul <8 x float> %broadcast.splat, %wide.load3.6
  %64 = fmul <8 x float> %broadcast.splat, %wide.load4.6
  %65 = fmul <8 x float> %broadcast.splat, %wide.load5.6
  store <8 x float> %62, ptr %58, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %63, ptr %59, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %64, ptr %60, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %65, ptr %61, align 4, !alias.scope !6, !noalias !9
  %66 = getelementptr i8, ptr %10, i64 896
  %67 = getelementptr i8, ptr %10, i64 928
  %68 = getelementptr i8, ptr %10, i64 960
  %69 = getelementptr i8, ptr %10, i64 992
  %wide.load.7 = load <8 x float>, ptr %66, align 4, !alias.scope !6, !noalias !9
  %wide.load3.7 = load <8 x float>, ptr %67, align 4, !alias.scope !6, !noalias !9
  %wide.load4.7 = load <8 x float>, ptr %68, align 4, !alias.scope !6, !noalias !9
  %wide.load5.7 = load <8 x float>, ptr %69, align 4, !alias.scope !6, !noalias !9
  %70 = fmul <8 x float> %broadcast.splat, %wide.load.7
  %71 = fmul <8 x float> %broadcast.splat, %wide.load3.7
  %72 = fmul <8 x float> %broadcast.splat, %wide.load4.7
  %73 = fmul <8 x float> %broadcast.splat, %wide.load5.7
  store <8 x float> %70, ptr %66, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %71, ptr %67, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %72, ptr %68, align 4, !alias.scope !6, !noalias !9
  store <8 x float> %73, ptr %69, align 4, !alias.scope !6, !noalias !9
  %74 = add nuw nsw i64 %7, 1
  %exitcond2.not = icmp eq i64 %74, 64
  br i1 %exitcond2.not, label %broadcast_multiply_fusion_wrapped.exit, label %vector.ph, !llvm.loop !11

broadcast_multiply_fusion_wrapped.exit:           ; preds = %vector.ph
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 2}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 65536}
!5 = !{i64 256}
!6 = !{!7}
!7 = distinct !{!7, !8, !"broadcast_multiply_fusion_wrapped: argument 0"}
!8 = distinct !{!8, !"broadcast_multiply_fusion_wrapped"}
!9 = !{!10}
!10 = distinct !{!10, !8, !"broadcast_multiply_fusion_wrapped: argument 1"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
