; ModuleID = '<string>'
source_filename = "__compute_module_transpose_copy_fusion.2_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
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

.preheader6:                                      ; preds = %69, %1
  %exitcond8.not = phi i1 [ false, %1 ], [ true, %69 ]
  %9 = phi i64 [ 0, %1 ], [ 1, %69 ]
  %.idx = mul nuw nsw i64 %9, 49152
  %10 = getelementptr i8, ptr %6, i64 %.idx
  %.idx2 = shl nuw nsw i64 %9, 14
  %11 = getelementptr i8, ptr %8, i64 %.idx2
  br label %vector.ph

vector.ph:                                        ; preds = %middle.block, %.preheader6
  %12 = phi i64 [ 0, %.preheader6 ], [ %68, %middle.block ]
  %13 = shl nuw nsw i64 %12, 4
  %14 = getelementptr [4 x i8], ptr %10, i64 %13
  %.idx3 = shl nuw nsw i64 %12, 12
  %15 = getelementptr i8, ptr %11, i64 %.idx3
  %16 = getelementptr [4 x i8], ptr %4, i64 %13
  %.phi.trans.insert36 = getelementptr i8, ptr %16, i64 4
  %.pre37 = load float, ptr %.phi.trans.insert36, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.pre35 = load float, ptr %16, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert33 = getelementptr i8, ptr %16, i64 60
  %.pre34 = load float, ptr %.phi.trans.insert33, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert31 = getelementptr i8, ptr %16, i64 56
  %.pre32 = load float, ptr %.phi.trans.insert31, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert29 = getelementptr i8, ptr %16, i64 52
  %.pre30 = load float, ptr %.phi.trans.insert29, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert27 = getelementptr i8, ptr %16, i64 48
  %.pre28 = load float, ptr %.phi.trans.insert27, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert25 = getelementptr i8, ptr %16, i64 44
  %.pre26 = load float, ptr %.phi.trans.insert25, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert23 = getelementptr i8, ptr %16, i64 40
  %.pre24 = load float, ptr %.phi.trans.insert23, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert21 = getelementptr i8, ptr %16, i64 36
  %.pre22 = load float, ptr %.phi.trans.insert21, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert19 = getelementptr i8, ptr %16, i64 32
  %.pre20 = load float, ptr %.phi.trans.insert19, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert17 = getelementptr i8, ptr %16, i64 28
  %.pre18 = load float, ptr %.phi.trans.insert17, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert15 = getelementptr i8, ptr %16, i64 24
  %.pre16 = load float, ptr %.phi.trans.insert15, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert13 = getelementptr i8, ptr %16, i64 20
  %.pre14 = load float, ptr %.phi.trans.insert13, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert11 = getelementptr i8, ptr %16, i64 16
  %.pre12 = load float, ptr %.phi.trans.insert11, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert9 = getelementptr i8, ptr %16, i64 12
  %.pre10 = load float, ptr %.phi.trans.insert9, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %.phi.trans.insert = getelementptr i8, ptr %16, i64 8
  %.pre = load float, ptr %.phi.trans.insert, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %broadcast.splatinsert = insertelement <8 x float> poison, float %.pre, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert1 = insertelement <8 x float> poison, float %.pre10, i64 0
  %broadcast.splat2 = shufflevector <8 x float> %broadcast.splatinsert1, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert3 = insertelement <8 x float> poison, float %.pre12, i64 0
  %broadcast.splat4 = shufflevector <8 x float> %broadcast.splatinsert3, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert5 = insertelement <8 x float> poison, float %.pre14, i64 0
  %broadcast.splat6 = shufflevector <8 x float> %broadcast.splatinsert5, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert7 = insertelement <8 x float> poison, float %.pre16, i64 0
  %broadcast.splat8 = shufflevector <8 x float> %broadcast.splatinsert7, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert9 = insertelement <8 x float> poison, float %.pre18, i64 0
  %broadcast.splat10 = shufflevector <8 x float> %broadcast.splatinsert9, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert11 = insertelement <8 x float> poison, float %.pre20, i64 0
  %broadcast.splat12 = shufflevector <8 x float> %broadcast.splatinsert11, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert13 = insertelement <8 x float> poison, float %.pre22, i64 0
  %broadcast.splat14 = shufflevector <8 x float> %broadcast.splatinsert13, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert15 = insertelement <8 x float> poison, float %.pre24, i64 0
  %broadcast.splat16 = shufflevector <8 x float> %broadcast.splatinsert15, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert17 = insertelement <8 x float> poison, float %.pre26, i64 0
  %broadcast.splat18 = shufflevector <8 x float> %broadcast.splatinsert17, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert19 = insertelement <8 x float> poison, float %.pre28, i64 0
  %broadcast.splat20 = shufflevector <8 x float> %broadcast.splatinsert19, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert21 = insertelement <8 x float> poison, float %.pre30, i64 0
  %broadcast.splat22 = shufflevector <8 x float> %broadcast.splatinsert21, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert23 = insertelement <8 x float> poison, float %.pre32, i64 0
  %broadcast.splat24 = shufflevector <8 x float> %broadcast.splatinsert23, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert25 = insertelement <8 x float> poison, float %.pre34, i64 0
  %broadcast.splat26 = shufflevector <8 x float> %broadcast.splatinsert25, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert27 = insertelement <8 x float> poison, float %.pre35, i64 0
  %broadcast.splat28 = shufflevector <8 x float> %broadcast.splatinsert27, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert29 = insertelement <8 x float> poison, float %.pre37, i64 0
  %broadcast.splat30 = shufflevector <8 x float> %broadcast.splatinsert29, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.ind = phi <8 x i64> [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %vector.ph ], [ %vec.ind.next, %vector.body ]
  %17 = mul nuw nsw <8 x i64> %vec.ind, splat (i64 768)
  %18 = getelementptr i8, ptr %14, <8 x i64> %17
  %19 = shl <8 x i64> %vec.ind, splat (i64 6)
  %20 = getelementptr i8, ptr %15, <8 x i64> %19
  %wide.masked.gather = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %18, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %21 = fadd <8 x float> %broadcast.splat28, %wide.masked.gather
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %21, <8 x ptr> align 4 %20, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %22 = getelementptr i8, <8 x ptr> %18, i64 4
  %wide.masked.gather31 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %22, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %23 = fadd <8 x float> %broadcast.splat30, %wide.masked.gather31
  %24 = getelementptr i8, <8 x ptr> %20, i64 4
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %23, <8 x ptr> align 4 %24, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %25 = getelementptr i8, <8 x ptr> %18, i64 8
  %wide.masked.gather32 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %25, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %26 = fadd <8 x float> %broadcast.splat, %wide.masked.gather32
  %27 = getelementptr i8, <8 x ptr> %20, i64 8
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %26, <8 x ptr> align 4 %27, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %28 = getelementptr i8, <8 x ptr> %18, i64 12
  %wide.masked.gather33 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %28, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %29 = fadd <8 x float> %broadcast.splat2, %wide.masked.gather33
  %30 = getelementptr i8, <8 x ptr> %20, i64 12
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %29, <8 x ptr> align 4 %30, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %31 = getelementptr i8, <8 x ptr> %18, i64 16
  %wide.masked.gather34 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %31, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %32 = fadd <8 x float> %broadcast.splat4, %wide.masked.gather34
  %33 = getelementptr i8, <8 x ptr> %20, i64 16
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %32, <8 x ptr> align 4 %33, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %34 = getelementptr i8, <8 x ptr> %18, i64 20
  %wide.masked.gather35 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %34, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %35 = fadd <8 x float> %broadcast.splat6, %wide.masked.gather35
  %36 = getelementptr i8, <8 x ptr> %20, i64 20
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %35, <8 x ptr> align 4 %36, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %37 = getelementptr i8, <8 x ptr> %18, i64 24
  %wide.masked.gather36 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %37, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %38 = fadd <8 x float> %broadcast.splat8, %wide.masked.gather36
  %39 = getelementptr i8, <8 x ptr> %20, i64 24
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %38, <8 x ptr> align 4 %39, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %40 = getelementptr i8, <8 x ptr> %18, i64 28
  %wide.masked.gather37 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %40, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %41 = fadd <8 x float> %broadcast.splat10, %wide.masked.gather37
  %42 = getelementptr i8, <8 x ptr> %20, i64 28
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %41, <8 x ptr> align 4 %42, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %43 = getelementptr i8, <8 x ptr> %18, i64 32
  %wide.masked.gather38 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %43, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %44 = fadd <8 x float> %broadcast.splat12, %wide.masked.gather38
  %45 = getelementptr i8, <8 x ptr> %20, i64 32
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %44, <8 x ptr> align 4 %45, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %46 = getelementptr i8, <8 x ptr> %18, i64 36
  %wide.masked.gather39 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %46, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %47 = fadd <8 x float> %broadcast.splat14, %wide.masked.gather39
  %48 = getelementptr i8, <8 x ptr> %20, i64 36
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %47, <8 x ptr> align 4 %48, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %49 = getelementptr i8, <8 x ptr> %18, i64 40
  %wide.masked.gather40 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %49, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %50 = fadd <8 x float> %broadcast.splat16, %wide.masked.gather40
  %51 = getelementptr i8, <8 x ptr> %20, i64 40
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %50, <8 x ptr> align 4 %51, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %52 = getelementptr i8, <8 x ptr> %18, i64 44
  %wide.masked.gather41 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %52, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %53 = fadd <8 x float> %broadcast.splat18, %wide.masked.gather41
  %54 = getelementptr i8, <8 x ptr> %20, i64 44
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %53, <8 x ptr> align 4 %54, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %55 = getelementptr i8, <8 x ptr> %18, i64 48
  %wide.masked.gather42 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %55, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %56 = fadd <8 x float> %broadcast.splat20, %wide.masked.gather42
  %57 = getelementptr i8, <8 x ptr> %20, i64 48
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %56, <8 x ptr> align 4 %57, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %58 = getelementptr i8, <8 x ptr> %18, i64 52
  %wide.masked.gather43 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %58, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %59 = fadd <8 x float> %broadcast.splat22, %wide.masked.gather43
  %60 = getelementptr i8, <8 x ptr> %20, i64 52
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %59, <8 x ptr> align 4 %60, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %61 = getelementptr i8, <8 x ptr> %18, i64 56
  %wide.masked.gather44 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %61, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %62 = fadd <8 x float> %broadcast.splat24, %wide.masked.gather44
  %63 = getelementptr i8, <8 x ptr> %20, i64 56
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %62, <8 x ptr> align 4 %63, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %64 = getelementptr i8, <8 x ptr> %18, i64 60
  %wide.masked.gather45 = tail call <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr> align 4 %64, <8 x i1> splat (i1 true), <8 x float> poison), !invariant.load !3, !alias.scope !10, !noalias !15
  %65 = fadd <8 x float> %broadcast.splat26, %wide.masked.gather45
  %66 = getelementptr i8, <8 x ptr> %20, i64 60
  tail call void @llvm.masked.scatter.v8f32.v8p0(<8 x float> %65, <8 x ptr> align 4 %66, <8 x i1> splat (i1 true)), !alias.scope !12, !noalias !16
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add nuw nsw <8 x i64> %vec.ind, splat (i64 8)
  %67 = icmp eq i64 %index.next, 64
  br i1 %67, label %middle.block, label %vector.body, !llvm.loop !17

middle.block:                                     ; preds = %vector.body
  %68 = add nuw nsw i64 %12, 1
  %exitcond7.not = icmp eq i64 %68, 4
  br i1 %exitcond7.not, label %69, label %vector.ph, !llvm.loop !21

69:                                               ; preds = %middle.block
  br i1 %exitcond8.not, label %transpose_copy_fusion.2_wrapped.exit, label %.preheader6, !llvm.loop !21

transpose_copy_fusion.2_wrapped.exit:             ; preds = %69
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare <8 x float> @llvm.masked.gather.v8f32.v8p0(<8 x ptr>, <8 x i1>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(write)
declare void @llvm.masked.scatter.v8f32.v8p0(<8 x float>, <8 x ptr>, <8 x i1>) #3

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(read) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(write) }

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
!17 = distinct !{!17, !18, !19, !20}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = !{!"llvm.loop.isvectorized", i32 1}
!20 = !{!"llvm.loop.unroll.runtime.disable"}
!21 = distinct !{!21, !18}
