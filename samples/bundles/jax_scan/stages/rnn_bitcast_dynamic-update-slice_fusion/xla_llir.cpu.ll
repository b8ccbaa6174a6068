; ModuleID = '__compute_module_bitcast_dynamic-update-slice_fusion_kernel_module'
source_filename = "__compute_module_bitcast_dynamic-update-slice_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable
define noalias noundef ptr @bitcast_dynamic-update-slice_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
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
  %9 = load i32, ptr %6, align 4, !invariant.load !3, !alias.scope !10, !noalias !14
  %10 = tail call i32 @llvm.smax.i32(i32 %9, i32 0)
  %11 = tail call i32 @llvm.umin.i32(i32 %10, i32 15)
  %12 = shl nuw nsw i32 %11, 10
  %13 = zext nneg i32 %12 to i64
  %invariant.gep = getelementptr [4 x i8], ptr %4, i64 %13
  br label %vector.ph

vector.ph:                                        ; preds = %1, %vector.ph
  %14 = phi i64 [ 0, %1 ], [ %47, %vector.ph ]
  %15 = shl nuw nsw i64 %14, 7
  %gep = getelementptr [4 x i8], ptr %invariant.gep, i64 %15
  %16 = getelementptr [4 x i8], ptr %8, i64 %15
  %17 = getelementptr i8, ptr %16, i64 32
  %18 = getelementptr i8, ptr %16, i64 64
  %19 = getelementptr i8, ptr %16, i64 96
  %wide.load = load <8 x float>, ptr %16, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load4 = load <8 x float>, ptr %17, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load5 = load <8 x float>, ptr %18, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load6 = load <8 x float>, ptr %19, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %20 = getelementptr i8, ptr %gep, i64 32
  %21 = getelementptr i8, ptr %gep, i64 64
  %22 = getelementptr i8, ptr %gep, i64 96
  store <8 x float> %wide.load, ptr %gep, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load4, ptr %20, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load5, ptr %21, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load6, ptr %22, align 4, !alias.scope !7, !noalias !16
  %23 = getelementptr i8, ptr %16, i64 128
  %24 = getelementptr i8, ptr %16, i64 160
  %25 = getelementptr i8, ptr %16, i64 192
  %26 = getelementptr i8, ptr %16, i64 224
  %wide.load.1 = load <8 x float>, ptr %23, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load4.1 = load <8 x float>, ptr %24, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load5.1 = load <8 x float>, ptr %25, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load6.1 = load <8 x float>, ptr %26, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %27 = getelementptr i8, ptr %gep, i64 128
  %28 = getelementptr i8, ptr %gep, i64 160
  %29 = getelementptr i8, ptr %gep, i64 192
  %30 = getelementptr i8, ptr %gep, i64 224
  store <8 x float> %wide.load.1, ptr %27, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load4.1, ptr %28, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load5.1, ptr %29, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load6.1, ptr %30, align 4, !alias.scope !7, !noalias !16
  %31 = getelementptr i8, ptr %16, i64 256
  %32 = getelementptr i8, ptr %16, i64 288
  %33 = getelementptr i8, ptr %16, i64 320
  %34 = getelementptr i8, ptr %16, i64 352
  %wide.load.2 = load <8 x float>, ptr %31, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load4.2 = load <8 x float>, ptr %32, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load5.2 = load <8 x float>, ptr %33, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load6.2 = load <8 x float>, ptr %34, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %35 = getelementptr i8, ptr %gep, i64 256
  %36 = getelementptr i8, ptr %gep, i64 288
  %37 = getelementptr i8, ptr %gep, i64 320
  %38 = getelementptr i8, ptr %gep, i64 352
  store <8 x float> %wide.load.2, ptr %35, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load4.2, ptr %36, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load5.2, ptr %37, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load6.2, ptr %38, align 4, !alias.scope !7, !noalias !16
  %39 = getelementptr i8, ptr %16, i64 384
  %40 = getelementptr i8, ptr %16, i64 416
  %41 = getelementptr i8, ptr %16, i64 448
  %42 = getelementptr i8, ptr %16, i64 480
  %wide.load.3 = load <8 x float>, ptr %39, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load4.3 = load <8 x float>, ptr %40, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load5.3 = load <8 x float>, ptr %41, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %wide.load6.3 = load <8 x float>, ptr %42, align 4, !invariant.load !3, !alias.scope !12, !noalias !15
  %43 = getelementptr i8, ptr %gep, i64 384
  %44 = getelementptr i8, ptr %gep, i64 416
  %45 = getelementptr i8, ptr %gep, i64 448
  %46 = getelementptr i8, ptr %gep, i64 480
  store <8 x float> %wide.load.3, ptr %43, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load4.3, ptr %44, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load5.3, ptr %45, align 4, !alias.scope !7, !noalias !16
  store <8 x float> %wide.load6.3, ptr %46, align 4, !alias.scope !7, !noalias !16
  %47 = add nuw nsw i64 %14, 1
  %exitcond3.not = icmp eq i64 %47, 8
  br i1 %exitcond3.not, label %bitcast_dynamic-update-slice_fusion_wrapped.exit, label %vector.ph, !llvm.loop !17

bitcast_dynamic-update-slice_fusion_wrapped.exit: ; preds = %vector.ph
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #3

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 1}
!2 = !{!"xla_cpu_emitter__dynamic_update_slice_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 65536}
!5 = !{i64 4}
!6 = !{i64 4096}
!7 = !{!8}
!8 = distinct !{!8, !9, !"bitcast_dynamic-update-slice_fusion_wrapped: argument 0"}
!9 = distinct !{!9, !"bitcast_dynamic-update-slice_fusion_wrapped"}
!10 = !{!11}
!11 = distinct !{!11, !9, !"bitcast_dynamic-update-slice_fusion_wrapped: argument 1"}
!12 = !{!13}
!13 = distinct !{!13, !9, !"bitcast_dynamic-update-slice_fusion_wrapped: argument 2"}
!14 = !{!8, !13}
!15 = !{!8, !11}
!16 = !{!11, !13}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
