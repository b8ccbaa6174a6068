; ModuleID = '<string>'
source_filename = "__compute_module_broadcast_add_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define noalias noundef ptr @broadcast_add_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !dereferenceable !4
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %6 = load ptr, ptr %5, align 8, !invariant.load !3, !dereferenceable !5
  %7 = getelementptr inbounds nuw i8, ptr %3, i64 32
  %8 = load ptr, ptr %7, align 8, !invariant.load !3, !dereferenceable !4
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8
  %11 = load i64, ptr %10, align 4, !invariant.load !3
  tail call void @llvm.experimental.noalias.scope.decl(metadata !6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !9)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !11)
  %12 = icmp ult i64 %11, 2
  br i1 %12, label %13, label %broadcast_add_fusion_wrapped.exit

13:                                               ; preds = %1
  %14 = shl nuw nsw i64 %11, 15
  br label %vector.ph

vector.ph:                                        ; preds = %middle.block, %13
  %15 = phi i64 [ 0, %13 ], [ %91, %middle.block ]
  %16 = shl nuw nsw i64 %15, 10
  %17 = add nuw nsw i64 %16, %14
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next.7, %vector.body ]
  %18 = add nuw nsw i64 %index, %17
  %19 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %18
  %20 = getelementptr inbounds nuw i8, ptr %19, i64 32
  %wide.load = load <8 x float>, ptr %19, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5 = load <8 x float>, ptr %20, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %21 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index
  %22 = getelementptr inbounds nuw i8, ptr %21, i64 32
  %wide.load6 = load <8 x float>, ptr %21, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7 = load <8 x float>, ptr %22, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %23 = fadd <8 x float> %wide.load, %wide.load6
  %24 = fadd <8 x float> %wide.load5, %wide.load7
  %25 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %18
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 32
  store <8 x float> %23, ptr %25, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %24, ptr %26, align 4, !alias.scope !11, !noalias !15
  %index.next = or disjoint i64 %index, 16
  %27 = add nuw nsw i64 %index.next, %17
  %28 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %27
  %29 = getelementptr inbounds nuw i8, ptr %28, i64 32
  %wide.load.1 = load <8 x float>, ptr %28, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5.1 = load <8 x float>, ptr %29, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %30 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index.next
  %31 = getelementptr inbounds nuw i8, ptr %30, i64 32
  %wide.load6.1 = load <8 x float>, ptr %30, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7.1 = load <8 x float>, ptr %31, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %32 = fadd <8 x float> %wide.load.1, %wide.load6.1
  %33 = fadd <8 x float> %wide.load5.1, %wide.load7.1
  %34 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %27
  %35 = getelementptr inbounds nuw i8, ptr %34, i64 32
  store <8 x float> %32, ptr %34, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %33, ptr %35, align 4, !alias.scope !11, !noalias !15
  %index.next.1 = or disjoint i64 %index, 32
  %36 = add nuw nsw i64 %index.next.1, %17
  %37 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %36
  %38 = getelementptr inbounds nuw i8, ptr %37, i64 32
  %wide.load.2 = load <8 x float>, ptr %37, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5.2 = load <8 x float>, ptr %38, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %39 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index.next.1
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 32
  %wide.load6.2 = load <8 x float>, ptr %39, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7.2 = load <8 x float>, ptr %40, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %41 = fadd <8 x float> %wide.load.2, %wide.load6.2
  %42 = fadd <8 x float> %wide.load5.2, %wide.load7.2
  %43 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %36
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 32
  store <8 x float> %41, ptr %43, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %42, ptr %44, align 4, !alias.scope !11, !noalias !15
  %index.next.2 = or disjoint i64 %index, 48
  %45 = add nuw nsw i64 %index.next.2, %17
  %46 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %45
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 32
  %wide.load.3 = load <8 x float>, ptr %46, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5.3 = load <8 x float>, ptr %47, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %48 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index.next.2
  %49 = getelementptr inbounds nuw i8, ptr %48, i64 32
  %wide.load6.3 = load <8 x float>, ptr %48, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7.3 = load <8 x float>, ptr %49, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %50 = fadd <8 x float> %wide.load.3, %wide.load6.3
  %51 = fadd <8 x float> %wide.load5.3, %wide.load7.3
  %52 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %45
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 32
  store <8 x float> %50, ptr %52, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %51, ptr %53, align 4, !alias.scope !11, !noalias !15
  %index.next.3 = or disjoint i64 %index, 64
  %54 = add nuw nsw i64 %index.next.3, %17
  %55 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %54
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 32
  %wide.load.4 = load <8 x float>, ptr %55, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5.4 = load <8 x float>, ptr %56, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %57 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index.next.3
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 32
  %wide.load6.4 = load <8 x float>, ptr %57, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7.4 = load <8 x float>, ptr %58, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %59 = fadd <8 x float> %wide.load.4, %wide.load6.4
  %60 = fadd <8 x float> %wide.load5.4, %wide.load7.4
  %61 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %54
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 32
  store <8 x float> %59, ptr %61, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %60, ptr %62, align 4, !alias.scope !11, !noalias !15
  %index.next.4 = or disjoint i64 %index, 80
  %63 = add nuw nsw i64 %index.next.4, %17
  %64 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %63
  %65 = getelementptr inbounds nuw i8, ptr %64, i64 32
  %wide.load.5 = load <8 x float>, ptr %64, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5.5 = load <8 x float>, ptr %65, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %66 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index.next.4
  %67 = getelementptr inbounds nuw i8, ptr %66, i64 32
  %wide.load6.5 = load <8 x float>, ptr %66, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7.5 = load <8 x float>, ptr %67, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %68 = fadd <8 x float> %wide.load.5, %wide.load6.5
  %69 = fadd <8 x float> %wide.load5.5, %wide.load7.5
  %70 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %63
  %71 = getelementptr inbounds nuw i8, ptr %70, i64 32
  store <8 x float> %68, ptr %70, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %69, ptr %71, align 4, !alias.scope !11, !noalias !15
  %index.next.5 = or disjoint i64 %index, 96
  %72 = add nuw nsw i64 %index.next.5, %17
  %73 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %72
  %74 = getelementptr inbounds nuw i8, ptr %73, i64 32
  %wide.load.6 = load <8 x float>, ptr %73, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5.6 = load <8 x float>, ptr %74, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %75 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index.next.5
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 32
  %wide.load6.6 = load <8 x float>, ptr %75, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7.6 = load <8 x float>, ptr %76, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %77 = fadd <8 x float> %wide.load.6, %wide.load6.6
  %78 = fadd <8 x float> %wide.load5.6, %wide.load7.6
  %79 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %72
  %80 = getelementptr inbounds nuw i8, ptr %79, i64 32
  store <8 x float> %77, ptr %79, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %78, ptr %80, align 4, !alias.scope !11, !noalias !15
  %index.next.6 = or disjoint i64 %index, 112
  %81 = add nuw nsw i64 %index.next.6, %17
  %82 = getelementptr inbounds nuw [4 x i8], ptr %4, i64 %81
  %83 = getelementptr inbounds nuw i8, ptr %82, i64 32
  %wide.load.7 = load <8 x float>, ptr %82, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %wide.load5.7 = load <8 x float>, ptr %83, align 4, !invariant.load !3, !alias.scope !6, !noalias !13
  %84 = getelementptr inbounds nuw [4 x i8], ptr %6, i64 %index.next.6
  %85 = getelementptr inbounds nuw i8, ptr %84, i64 32
  %wide.load6.7 = load <8 x float>, ptr %84, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %wide.load7.7 = load <8 x float>, ptr %85, align 4, !invariant.load !3, !alias.scope !9, !noalias !14
  %86 = fadd <8 x float> %wide.load.7, %wide.load6.7
  %87 = fadd <8 x float> %wide.load5.7, %wide.load7.7
  %88 = getelementptr inbounds nuw [4 x i8], ptr %8, i64 %81
  %89 = getelementptr inbounds nuw i8, ptr %88, i64 32
  store <8 x float> %86, ptr %88, align 4, !alias.scope !11, !noalias !15
  store <8 x float> %87, ptr %89, align 4, !alias.scope !11, !noalias !15
  %index.next.7 = add nuw nsw i64 %index, 128
  %90 = icmp eq i64 %index.next.7, 1024
  br i1 %90, label %middle.block, label %vector.body, !llvm.loop !16

middle.block:                                     ; preds = %vector.body
  %91 = add nuw nsw i64 %15, 1
  %exitcond3.not = icmp eq i64 %91, 32
  br i1 %exitcond3.not, label %broadcast_add_fusion_wrapped.exit, label %vector.ph, !llvm.loop !19

broadcast_add_fusion_wrapped.exit:                ; preds = %middle.block, %1
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 0}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 262144}
!5 = !{i64 4096}
!6 = !{!7}
!7 = distinct !{!7, !8, !"broadcast_add_fusion_wrapped: argument 0"}
!8 = distinct !{!8, !"broadcast_add_fusion_wrapped"}
!9 = !{!10}
!10 = distinct !{!10, !8, !"broadcast_add_fusion_wrapped: argument 1"}
!11 = !{!12}
!12 = distinct !{!12, !8, !"broadcast_add_fusion_wrapped: argument 2"}
!13 = !{!10, !12}
!14 = !{!7, !12}
!15 = !{!7, !10}
!16 = distinct !{!16, !17, !18}
!17 = !{!"llvm.loop.isvectorized", i32 1}
!18 = !{!"llvm.loop.unroll.runtime.disable"}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.unroll.disable"}
