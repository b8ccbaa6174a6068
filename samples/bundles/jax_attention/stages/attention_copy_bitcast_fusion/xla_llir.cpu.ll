; ModuleID = '__compute_module___compute_module_copy_bitcast_fusion'
source_filename = "__compute_module___compute_module_copy_bitcast_fusion"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem: none)
define noalias noundef ptr @copy_bitcast_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = load ptr, ptr %3, align 8, !invariant.load !3
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %6 = load ptr, ptr %5, align 8, !invariant.load !3
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8
  %9 = load i64, ptr %8, align 4, !invariant.load !3
  %.not.not = icmp slt i64 %9, 1
  br i1 %.not.not, label %copy_bitcast_fusion_impl.exit, label %._crit_edge

copy_bitcast_fusion_impl.exit:                    ; preds = %1, %copy_bitcast_fusion_impl.exit
  %10 = phi i64 [ %80, %copy_bitcast_fusion_impl.exit ], [ 0, %1 ]
  %11 = lshr exact i64 %10, 2
  %12 = and i64 %11, 62
  %13 = shl nuw nsw i64 %10, 6
  %.idx7 = and i64 %13, 16384
  %14 = getelementptr i8, ptr %4, i64 %.idx7
  %.idx9 = shl nuw nsw i64 %12, 6
  %15 = getelementptr i8, ptr %14, i64 %.idx9
  %16 = getelementptr i8, ptr %6, i64 %.idx7
  %.idx16 = shl nuw nsw i64 %12, 8
  %17 = getelementptr i8, ptr %16, i64 %.idx16
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %17, ptr noundef nonnull align 1 dereferenceable(64) %15, i64 64, i1 false)
  %18 = lshr exact i64 %10, 2
  %19 = and i64 %18, 62
  %20 = shl i64 %10, 6
  %.idx7.1 = and i64 %20, 16384
  %21 = getelementptr i8, ptr %4, i64 %.idx7.1
  %22 = getelementptr i8, ptr %21, i64 4096
  %.idx9.1 = shl nuw nsw i64 %19, 6
  %23 = getelementptr i8, ptr %22, i64 %.idx9.1
  %24 = getelementptr i8, ptr %6, i64 %.idx7.1
  %.idx16.1 = shl nuw nsw i64 %19, 8
  %25 = getelementptr i8, ptr %24, i64 %.idx16.1
  %26 = getelementptr i8, ptr %25, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %26, ptr noundef nonnull align 1 dereferenceable(64) %23, i64 64, i1 false)
  %27 = lshr exact i64 %10, 2
  %28 = and i64 %27, 62
  %29 = shl i64 %10, 6
  %.idx7.2 = and i64 %29, 16384
  %30 = getelementptr i8, ptr %4, i64 %.idx7.2
  %31 = getelementptr i8, ptr %30, i64 8192
  %.idx9.2 = shl nuw nsw i64 %28, 6
  %32 = getelementptr i8, ptr %31, i64 %.idx9.2
  %33 = getelementptr i8, ptr %6, i64 %.idx7.2
  %.idx16.2 = shl nuw nsw i64 %28, 8
  %34 = getelementptr i8, ptr %33, i64 %.idx16.2
  %35 = getelementptr i8, ptr %34, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %35, ptr noundef nonnull align 1 dereferenceable(64) %32, i64 64, i1 false)
  %36 = lshr exact i64 %10, 2
  %37 = and i64 %36, 62
  %38 = shl i64 %10, 6
  %.idx7.3 = and i64 %38, 16384
  %39 = getelementptr i8, ptr %4, i64 %.idx7.3
  %40 = getelementptr i8, ptr %39, i64 12288
  %.idx9.3 = shl nuw nsw i64 %37, 6
  %41 = getelementptr i8, ptr %40, i64 %.idx9.3
  %42 = getelementptr i8, ptr %6, i64 %.idx7.3
  %.idx16.3 = shl nuw nsw i64 %37, 8
  %43 = getelementptr i8, ptr %42, i64 %.idx16.3
  %44 = getelementptr i8, ptr %43, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %44, ptr noundef nonnull align 1 dereferenceable(64) %41, i64 64, i1 false)
  %45 = or disjoint i64 %10, 4
  %46 = lshr exact i64 %45, 2
  %47 = and i64 %46, 63
  %48 = shl nuw nsw i64 %10, 6
  %.idx7.4 = and i64 %48, 16384
  %49 = getelementptr i8, ptr %4, i64 %.idx7.4
  %.idx9.4 = shl nuw nsw i64 %47, 6
  %50 = getelementptr i8, ptr %49, i64 %.idx9.4
  %51 = getelementptr i8, ptr %6, i64 %.idx7.4
  %.idx16.4 = shl nuw nsw i64 %47, 8
  %52 = getelementptr i8, ptr %51, i64 %.idx16.4
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %52, ptr noundef nonnull align 1 dereferenceable(64) %50, i64 64, i1 false)
  %53 = lshr exact i64 %45, 2
  %54 = and i64 %53, 63
  %55 = shl i64 %10, 6
  %.idx7.5 = and i64 %55, 16384
  %56 = getelementptr i8, ptr %4, i64 %.idx7.5
  %57 = getelementptr i8, ptr %56, i64 4096
  %.idx9.5 = shl nuw nsw i64 %54, 6
  %58 = getelementptr i8, ptr %57, i64 %.idx9.5
  %59 = getelementptr i8, ptr %6, i64 %.idx7.5
  %.idx16.5 = shl nuw nsw i64 %54, 8
  %60 = getelementptr i8, ptr %59, i64 %.idx16.5
  %61 = getelementptr i8, ptr %60, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %61, ptr noundef nonnull align 1 dereferenceable(64) %58, i64 64, i1 false)
  %62 = lshr exact i64 %45, 2
  %63 = and i64 %62, 63
  %64 = shl i64 %10, 6
  %.idx7.6 = and i64 %64, 16384
  %65 = getelementptr i8, ptr %4, i64 %.idx7.6
  %66 = getelementptr i8, ptr %65, i64 8192
  %.idx9.6 = shl nuw nsw i64 %63, 6
  %67 = getelementptr i8, ptr %66, i64 %.idx9.6
  %68 = getelementptr i8, ptr %6, i64 %.idx7.6
  %.idx16.6 = shl nuw nsw i64 %63, 8
  %69 = getelementptr i8, ptr %68, i64 %.idx16.6
  %70 = getelementptr i8, ptr %69, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %70, ptr noundef nonnull align 1 dereferenceable(64) %67, i64 64, i1 false)
  %71 = lshr exact i64 %45, 2
  %72 = and i64 %71, 63
  %73 = shl i64 %10, 6
  %.idx7.7 = and i64 %73, 16384
  %74 = getelementptr i8, ptr %4, i64 %.idx7.7
  %75 = getelementptr i8, ptr %74, i64 12288
  %.idx9.7 = shl nuw nsw i64 %72, 6
  %76 = getelementptr i8, ptr %75, i64 %.idx9.7
  %77 = getelementptr i8, ptr %6, i64 %.idx7.7
  %.idx16.7 = shl nuw nsw i64 %72, 8
  %78 = getelementptr i8, ptr %77, i64 %.idx16.7
  %79 = getelementptr i8, ptr %78, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %79, ptr noundef nonnull align 1 dereferenceable(64) %76, i64 64, i1 false)
  %80 = add nuw nsw i64 %10, 8
  %exitcond.not.7 = icmp eq i64 %80, 512
  br i1 %exitcond.not.7, label %._crit_edge, label %copy_bitcast_fusion_impl.exit

._crit_edge:                                      ; preds = %copy_bitcast_fusion_impl.exit, %1
  ret ptr null
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem: none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 2}
!2 = !{!"xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"}
!3 = !{}
