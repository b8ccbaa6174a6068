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
  %7 = getelementptr inbounds nuw i8, ptr %3, i64 32
  %8 = load ptr, ptr %7, align 8, !invariant.load !3, !dereferenceable !6
  %9 = getelementptr inbounds nuw i8, ptr %3, i64 48
  %10 = load ptr, ptr %9, align 8, !invariant.load !3, !dereferenceable !5
  tail call void @llvm.experimental.noalias.scope.decl(metadata !7)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !10)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !12)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !14)
  br label %vector.ph

vector.ph:                                        ; preds = %middle.block, %1
  %11 = phi i64 [ 0, %1 ], [ %104, %middle.block ]
  %12 = shl nuw nsw i64 %11, 10
  %13 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %11
  %14 = load float, ptr %13, align 4, !invariant.load !3, !alias.scope !12, !noalias !16
  %broadcast.splatinsert = insertelement <8 x float> poison, float %14, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next.7, %vector.body ]
  %15 = add nuw nsw i64 %index, %12
  %16 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %15
  %17 = getelementptr inbounds nuw i8, ptr %16, i64 32
  %wide.load = load <8 x float>, ptr %16, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3 = load <8 x float>, ptr %17, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %18 = fmul <8 x float> %broadcast.splat, %wide.load
  %19 = fmul <8 x float> %broadcast.splat, %wide.load3
  %20 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index
  %21 = getelementptr inbounds nuw i8, ptr %20, i64 32
  %wide.load4 = load <8 x float>, ptr %20, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5 = load <8 x float>, ptr %21, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %22 = fmul <8 x float> %18, %wide.load4
  %23 = fmul <8 x float> %19, %wide.load5
  %24 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %15
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 32
  store <8 x float> %22, ptr %24, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %23, ptr %25, align 4, !alias.scope !14, !noalias !19
  %index.next = or disjoint i64 %index, 16
  %26 = add nuw nsw i64 %index.next, %12
  %27 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %26
  %28 = getelementptr inbounds nuw i8, ptr %27, i64 32
  %wide.load.1 = load <8 x float>, ptr %27, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3.1 = load <8 x float>, ptr %28, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %29 = fmul <8 x float> %broadcast.splat, %wide.load.1
  %30 = fmul <8 x float> %broadcast.splat, %wide.load3.1
  %31 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index.next
  %32 = getelementptr inbounds nuw i8, ptr %31, i64 32
  %wide.load4.1 = load <8 x float>, ptr %31, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5.1 = load <8 x float>, ptr %32, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %33 = fmul <8 x float> %29, %wide.load4.1
  %34 = fmul <8 x float> %30, %wide.load5.1
  %35 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %26
  %36 = getelementptr inbounds nuw i8, ptr %35, i64 32
  store <8 x float> %33, ptr %35, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %34, ptr %36, align 4, !alias.scope !14, !noalias !19
  %index.next.1 = or disjoint i64 %index, 32
  %37 = add nuw nsw i64 %index.next.1, %12
  %38 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %37
  %39 = getelementptr inbounds nuw i8, ptr %38, i64 32
  %wide.load.2 = load <8 x float>, ptr %38, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3.2 = load <8 x float>, ptr %39, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %40 = fmul <8 x float> %broadcast.splat, %wide.load.2
  %41 = fmul <8 x float> %broadcast.splat, %wide.load3.2
  %42 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index.next.1
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 32
  %wide.load4.2 = load <8 x float>, ptr %42, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5.2 = load <8 x float>, ptr %43, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %44 = fmul <8 x float> %40, %wide.load4.2
  %45 = fmul <8 x float> %41, %wide.load5.2
  %46 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %37
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 32
  store <8 x float> %44, ptr %46, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %45, ptr %47, align 4, !alias.scope !14, !noalias !19
  %index.next.2 = or disjoint i64 %index, 48
  %48 = add nuw nsw i64 %index.next.2, %12
  %49 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %48
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 32
  %wide.load.3 = load <8 x float>, ptr %49, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3.3 = load <8 x float>, ptr %50, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %51 = fmul <8 x float> %broadcast.splat, %wide.load.3
  %52 = fmul <8 x float> %broadcast.splat, %wide.load3.3
  %53 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index.next.2
  %54 = getelementptr inbounds nuw i8, ptr %53, i64 32
  %wide.load4.3 = load <8 x float>, ptr %53, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5.3 = load <8 x float>, ptr %54, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %55 = fmul <8 x float> %51, %wide.load4.3
  %56 = fmul <8 x float> %52, %wide.load5.3
  %57 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %48
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 32
  store <8 x float> %55, ptr %57, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %56, ptr %58, align 4, !alias.scope !14, !noalias !19
  %index.next.3 = or disjoint i64 %index, 64
  %59 = add nuw nsw i64 %index.next.3, %12
  %60 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %59
  %61 = getelementptr inbounds nuw i8, ptr %60, i64 32
  %wide.load.4 = load <8 x float>, ptr %60, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3.4 = load <8 x float>, ptr %61, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %62 = fmul <8 x float> %broadcast.splat, %wide.load.4
  %63 = fmul <8 x float> %broadcast.splat, %wide.load3.4
  %64 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index.next.3
  %65 = getelementptr inbounds nuw i8, ptr %64, i64 32
  %wide.load4.4 = load <8 x float>, ptr %64, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5.4 = load <8 x float>, ptr %65, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %66 = fmul <8 x float> %62, %wide.load4.4
  %67 = fmul <8 x float> %63, %wide.load5.4
  %68 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %59
  %69 = getelementptr inbounds nuw i8, ptr %68, i64 32
  store <8 x float> %66, ptr %68, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %67, ptr %69, align 4, !alias.scope !14, !noalias !19
  %index.next.4 = or disjoint i64 %index, 80
  %70 = add nuw nsw i64 %index.next.4, %12
  %71 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %70
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 32
  %wide.load.5 = load <8 x float>, ptr %71, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3.5 = load <8 x float>, ptr %72, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %73 = fmul <8 x float> %broadcast.splat, %wide.load.5
  %74 = fmul <8 x float> %broadcast.splat, %wide.load3.5
  %75 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index.next.4
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 32
  %wide.load4.5 = load <8 x float>, ptr %75, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5.5 = load <8 x float>, ptr %76, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %77 = fmul <8 x float> %73, %wide.load4.5
  %78 = fmul <8 x float> %74, %wide.load5.5
  %79 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %70
  %80 = getelementptr inbounds nuw i8, ptr %79, i64 32
  store <8 x float> %77, ptr %79, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %78, ptr %80, align 4, !alias.scope !14, !noalias !19
  %index.next.5 = or disjoint i64 %index, 96
  %81 = add nuw nsw i64 %index.next.5, %12
  %82 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %81
  %83 = getelementptr inbounds nuw i8, ptr %82, i64 32
  %wide.load.6 = load <8 x float>, ptr %82, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3.6 = load <8 x float>, ptr %83, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %84 = fmul <8 x float> %broadcast.splat, %wide.load.6
  %85 = fmul <8 x float> %broadcast.splat, %wide.load3.6
  %86 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index.next.5
  %87 = getelementptr inbounds nuw i8, ptr %86, i64 32
  %wide.load4.6 = load <8 x float>, ptr %86, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5.6 = load <8 x float>, ptr %87, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %88 = fmul <8 x float> %84, %wide.load4.6
  %89 = fmul <8 x float> %85, %wide.load5.6
  %90 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %81
  %91 = getelementptr inbounds nuw i8, ptr %90, i64 32
  store <8 x float> %88, ptr %90, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %89, ptr %91, align 4, !alias.scope !14, !noalias !19
  %index.next.6 = or disjoint i64 %index, 112
  %92 = add nuw nsw i64 %index.next.6, %12
  %93 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %92
  %94 = getelementptr inbounds nuw i8, ptr %93, i64 32
  %wide.load.7 = load <8 x float>, ptr %93, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %wide.load3.7 = load <8 x float>, ptr %94, align 4, !invariant.load !3, !alias.scope !10, !noalias !17
  %95 = fmul <8 x float> %broadcast.splat, %wide.load.7
  %96 = fmul <8 x float> %broadcast.splat, %wide.load3.7
  %97 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %index.next.6
  %98 = getelementptr inbounds nuw i8, ptr %97, i64 32
  %wide.load4.7 = load <8 x float>, ptr %97, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %wide.load5.7 = load <8 x float>, ptr %98, align 4, !invariant.load !3, !alias.scope !7, !noalias !18
  %99 = fmul <8 x float> %95, %wide.load4.7
  %100 = fmul <8 x float> %96, %wide.load5.7
  %101 = getelementptr inbounds nuw [4 x i8], ptr %10, i64 %92
  %102 = getelementptr inbounds nuw i8, ptr %101, i64 32
  store <8 x float> %99, ptr %101, align 4, !alias.scope !14, !noalias !19
  store <8 x float> %100, ptr %102, align 4, !alias.scope !14, !noalias !19
  %index.next.7 = add nuw nsw i64 %index, 128
  %103 = icmp eq i64 %index.next.7, 1024
  br i1 %103, label %middle.block, label %vector.body, !llvm.loop !20

middle.block:                                     ; preds = %vector.body
  %104 = add nuw nsw i64 %11, 1
  %exitcond2.not = icmp eq i64 %104, 16
  br i1 %exitcond2.not, label %broadcast_multiply_fusion_wrapped.exit, label %vector.ph, !llvm.loop !23

broadcast_multiply_fusion_wrapped.exit:           ; preds = %middle.block
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
!4 = !{i64 4096}
!5 = !{i64 65536}
!6 = !{i64 64}
!7 = !{!8}
!8 = distinct !{!8, !9, !"broadcast_multiply_fusion_wrapped: argument 0"}
!9 = distinct !{!9, !"broadcast_multiply_fusion_wrapped"}
!10 = !{!11}
!11 = distinct !{!11, !9, !"broadcast_multiply_fusion_wrapped: argument 1"}
!12 = !{!13}
!13 = distinct !{!13, !9, !"broadcast_multiply_fusion_wrapped: argument 2"}
!14 = !{!15}
!15 = distinct !{!15, !9, !"broadcast_multiply_fusion_wrapped: argument 3"}
!16 = !{!8, !11, !15}
!17 = !{!8, !13, !15}
!18 = !{!11, !13, !15}
!19 = !{!8, !11, !13}
!20 = distinct !{!20, !21, !22}
!21 = !{!"llvm.loop.isvectorized", i32 1}
!22 = !{!"llvm.loop.unroll.runtime.disable"}
!23 = distinct !{!23, !24}
!24 = !{!"llvm.loop.unroll.disable"}
