; ModuleID = '<string>'
source_filename = "__compute_module_broadcast_divide_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define noalias noundef ptr @broadcast_divide_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
vector.ph:
  %1 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !3
  %3 = load ptr, ptr %2, align 8, !invariant.load !3, !dereferenceable !4
  %4 = getelementptr inbounds nuw i8, ptr %3, i64 32
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 64
  %6 = getelementptr inbounds nuw i8, ptr %3, i64 96
  %wide.load = load <8 x float>, ptr %3, align 4, !alias.scope !5
  %wide.load1 = load <8 x float>, ptr %4, align 4, !alias.scope !5
  %wide.load2 = load <8 x float>, ptr %5, align 4, !alias.scope !5
  %wide.load3 = load <8 x float>, ptr %6, align 4, !alias.scope !5
  %7 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load
  %8 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load1
  %9 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load2
  %10 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load3
  store <8 x float> %7, ptr %3, align 4, !alias.scope !5
  store <8 x float> %8, ptr %4, align 4, !alias.scope !5
  store <8 x float> %9, ptr %5, align 4, !alias.scope !5
  store <8 x float> %10, ptr %6, align 4, !alias.scope !5
  %11 = getelementptr inbounds nuw i8, ptr %3, i64 128
  %12 = getelementptr inbounds nuw i8, ptr %3, i64 160
  %13 = getelementptr inbounds nuw i8, ptr %3, i64 192
  %14 = getelementptr inbounds nuw i8, ptr %3, i64 224
  %wide.load.1 = load <8 x float>, ptr %11, align 4, !alias.scope !5
  %wide.load1.1 = load <8 x float>, ptr %12, align 4, !alias.scope !5
  %wide.load2.1 = load <8 x float>, ptr %13, align 4, !alias.scope !5
  %wide.load3.1 = load <8 x float>, ptr %14, align 4, !alias.scope !5
  %15 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load.1
  %16 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load1.1
  %17 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load2.1
  %18 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load3.1
  store <8 x float> %15, ptr %11, align 4, !alias.scope !5
  store <8 x float> %16, ptr %12, align 4, !alias.scope !5
  store <8 x float> %17, ptr %13, align 4, !alias.scope !5
  store <8 x float> %18, ptr %14, align 4, !alias.scope !5
  %19 = getelementptr inbounds nuw i8, ptr %3, i64 256
  %20 = getelementptr inbounds nuw i8, ptr %3, i64 288
  %21 = getelementptr inbounds nuw i8, ptr %3, i64 320
  %22 = getelementptr inbounds nuw i8, ptr %3, i64 352
  %wide.load.2 = load <8 x float>, ptr %19, align 4, !alias.scope !5
  %wide.load1.2 = load <8 x float>, ptr %20, align 4, !alias.scope !5
  %wide.load2.2 = load <8 x float>, ptr %21, align 4, !alias.scope !5
  %wide.load3.2 = load <8 x float>, ptr %22, align 4, !alias.scope !5
  %23 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load.2
  %24 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load1.2
  %25 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load2.2
  %26 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load3.2
  store <8 x float> %23, ptr %19, align 4, !alias.scope !5
  store <8 x float> %24, ptr %20, align 4, !alias.scope !5
  store <8 x float> %25, ptr %21, align 4, !alias.scope !5
  store <8 x float> %26, ptr %22, align 4, !alias.scope !5
  %27 = getelementptr inbounds nuw i8, ptr %3, i64 384
  %28 = getelementptr inbounds nuw i8, ptr %3, i64 416
  %29 = getelementptr inbounds nuw i8, ptr %3, i64 448
  %30 = getelementptr inbounds nuw i8, ptr %3, i64 480
  %wide.load.3 = load <8 x float>, ptr %27, align 4, !alias.scope !5
  %wide.load1.3 = load <8 x float>, ptr %28, align 4, !alias.scope !5
  %wide.load2.3 = load <8 x float>, ptr %29, align 4, !alias.scope !5
  %wide.load3.3 = load <8 x float>, ptr %30, align 4, !alias.scope !5
  %31 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load.3
  %32 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load1.3
  %33 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load2.3
  %34 = fdiv <8 x float> splat (float 1.000000e+00), %wide.load3.3
  store <8 x float> %31, ptr %27, align 4, !alias.scope !5
  store <8 x float> %32, ptr %28, align 4, !alias.scope !5
  store <8 x float> %33, ptr %29, align 4, !alias.scope !5
  store <8 x float> %34, ptr %30, align 4, !alias.scope !5
  ret ptr null
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 0}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 512}
!5 = !{!6}
!6 = distinct !{!6, !7, !"broadcast_divide_fusion_wrapped: argument 0"}
!7 = distinct !{!7, !"broadcast_divide_fusion_wrapped"}
