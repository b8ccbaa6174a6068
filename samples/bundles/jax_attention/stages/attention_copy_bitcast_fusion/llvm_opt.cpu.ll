; ModuleID = '<string>'
source_filename = "__compute_module___compute_module_copy_bitcast_fusion"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none)
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
  %10 = phi i64 [ %114, %copy_bitcast_fusion_impl.exit ], [ 0, %1 ]
  %11 = lshr exact i64 %10, 2
  %12 = and i64 %11, 56
  %13 = shl nuw nsw i64 %10, 6
  %.idx7 = and i64 %13, 16384
  %14 = getelementptr i8, ptr %4, i64 %.idx7
  %.idx9 = shl nuw nsw i64 %12, 6
  %15 = getelementptr i8, ptr %14, i64 %.idx9
  %16 = getelementptr i8, ptr %6, i64 %.idx7
  %.idx16 = shl nuw nsw i64 %12, 8
  %17 = getelementptr i8, ptr %16, i64 %.idx16
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %17, ptr noundef nonnull align 1 dereferenceable(64) %15, i64 64, i1 false)
  %18 = getelementptr i8, ptr %14, i64 4096
  %19 = getelementptr i8, ptr %18, i64 %.idx9
  %20 = getelementptr i8, ptr %17, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %20, ptr noundef nonnull align 1 dereferenceable(64) %19, i64 64, i1 false)
  %21 = getelementptr i8, ptr %14, i64 8192
  %22 = getelementptr i8, ptr %21, i64 %.idx9
  %23 = getelementptr i8, ptr %17, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %23, ptr noundef nonnull align 1 dereferenceable(64) %22, i64 64, i1 false)
  %24 = getelementptr i8, ptr %14, i64 12288
  %25 = getelementptr i8, ptr %24, i64 %.idx9
  %26 = getelementptr i8, ptr %17, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %26, ptr noundef nonnull align 1 dereferenceable(64) %25, i64 64, i1 false)
  %27 = or disjoint i64 %12, 1
  %.idx9.4 = shl nuw nsw i64 %27, 6
  %28 = getelementptr i8, ptr %14, i64 %.idx9.4
  %.idx16.4 = shl nuw nsw i64 %27, 8
  %29 = getelementptr i8, ptr %16, i64 %.idx16.4
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %29, ptr noundef nonnull align 1 dereferenceable(64) %28, i64 64, i1 false)
  %30 = getelementptr i8, ptr %18, i64 %.idx9.4
  %31 = getelementptr i8, ptr %29, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %31, ptr noundef nonnull align 1 dereferenceable(64) %30, i64 64, i1 false)
  %32 = getelementptr i8, ptr %21, i64 %.idx9.4
  %33 = getelementptr i8, ptr %29, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %33, ptr noundef nonnull align 1 dereferenceable(64) %32, i64 64, i1 false)
  %34 = getelementptr i8, ptr %24, i64 %.idx9.4
  %35 = getelementptr i8, ptr %29, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %35, ptr noundef nonnull align 1 dereferenceable(64) %34, i64 64, i1 false)
  %36 = lshr exact i64 %10, 2
  %37 = and i64 %36, 56
  %38 = or disjoint i64 %37, 2
  %39 = shl nuw nsw i64 %10, 6
  %.idx7.1 = and i64 %39, 16384
  %40 = getelementptr i8, ptr %4, i64 %.idx7.1
  %.idx9.1 = shl nuw nsw i64 %38, 6
  %41 = getelementptr i8, ptr %40, i64 %.idx9.1
  %42 = getelementptr i8, ptr %6, i64 %.idx7.1
  %.idx16.1 = shl nuw nsw i64 %38, 8
  %43 = getelementptr i8, ptr %42, i64 %.idx16.1
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %43, ptr noundef nonnull align 1 dereferenceable(64) %41, i64 64, i1 false)
  %44 = getelementptr i8, ptr %40, i64 4096
  %45 = getelementptr i8, ptr %44, i64 %.idx9.1
  %46 = getelementptr i8, ptr %43, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %46, ptr noundef nonnull align 1 dereferenceable(64) %45, i64 64, i1 false)
  %47 = getelementptr i8, ptr %40, i64 8192
  %48 = getelementptr i8, ptr %47, i64 %.idx9.1
  %49 = getelementptr i8, ptr %43, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %49, ptr noundef nonnull align 1 dereferenceable(64) %48, i64 64, i1 false)
  %50 = getelementptr i8, ptr %40, i64 12288
  %51 = getelementptr i8, ptr %50, i64 %.idx9.1
  %52 = getelementptr i8, ptr %43, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %52, ptr noundef nonnull align 1 dereferenceable(64) %51, i64 64, i1 false)
  %53 = or disjoint i64 %37, 3
  %.idx9.4.1 = shl nuw nsw i64 %53, 6
  %54 = getelementptr i8, ptr %40, i64 %.idx9.4.1
  %.idx16.4.1 = shl nuw nsw i64 %53, 8
  %55 = getelementptr i8, ptr %42, i64 %.idx16.4.1
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %55, ptr noundef nonnull align 1 dereferenceable(64) %54, i64 64, i1 false)
  %56 = getelementptr i8, ptr %44, i64 %.idx9.4.1
  %57 = getelementptr i8, ptr %55, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %57, ptr noundef nonnull align 1 dereferenceable(64) %56, i64 64, i1 false)
  %58 = getelementptr i8, ptr %47, i64 %.idx9.4.1
  %59 = getelementptr i8, ptr %55, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %59, ptr noundef nonnull align 1 dereferenceable(64) %58, i64 64, i1 false)
  %60 = getelementptr i8, ptr %50, i64 %.idx9.4.1
  %61 = getelementptr i8, ptr %55, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %61, ptr noundef nonnull align 1 dereferenceable(64) %60, i64 64, i1 false)
  %62 = lshr exact i64 %10, 2
  %63 = and i64 %62, 56
  %64 = or disjoint i64 %63, 4
  %65 = shl nuw nsw i64 %10, 6
  %.idx7.2 = and i64 %65, 16384
  %66 = getelementptr i8, ptr %4, i64 %.idx7.2
  %.idx9.2 = shl nuw nsw i64 %64, 6
  %67 = getelementptr i8, ptr %66, i64 %.idx9.2
  %68 = getelementptr i8, ptr %6, i64 %.idx7.2
  %.idx16.2 = shl nuw nsw i64 %64, 8
  %69 = getelementptr i8, ptr %68, i64 %.idx16.2
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %69, ptr noundef nonnull align 1 dereferenceable(64) %67, i64 64, i1 false)
  %70 = getelementptr i8, ptr %66, i64 4096
  %71 = getelementptr i8, ptr %70, i64 %.idx9.2
  %72 = getelementptr i8, ptr %69, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %72, ptr noundef nonnull align 1 dereferenceable(64) %71, i64 64, i1 false)
  %73 = getelementptr i8, ptr %66, i64 8192
  %74 = getelementptr i8, ptr %73, i64 %.idx9.2
  %75 = getelementptr i8, ptr %69, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %75, ptr noundef nonnull align 1 dereferenceable(64) %74, i64 64, i1 false)
  %76 = getelementptr i8, ptr %66, i64 12288
  %77 = getelementptr i8, ptr %76, i64 %.idx9.2
  %78 = getelementptr i8, ptr %69, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %78, ptr noundef nonnull align 1 dereferenceable(64) %77, i64 64, i1 false)
  %79 = or disjoint i64 %63, 5
  %.idx9.4.2 = shl nuw nsw i64 %79, 6
  %80 = getelementptr i8, ptr %66, i64 %.idx9.4.2
  %.idx16.4.2 = shl nuw nsw i64 %79, 8
  %81 = getelementptr i8, ptr %68, i64 %.idx16.4.2
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %81, ptr noundef nonnull align 1 dereferenceable(64) %80, i64 64, i1 false)
  %82 = getelementptr i8, ptr %70, i64 %.idx9.4.2
  %83 = getelementptr i8, ptr %81, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %83, ptr noundef nonnull align 1 dereferenceable(64) %82, i64 64, i1 false)
  %84 = getelementptr i8, ptr %73, i64 %.idx9.4.2
  %85 = getelementptr i8, ptr %81, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %85, ptr noundef nonnull align 1 dereferenceable(64) %84, i64 64, i1 false)
  %86 = getelementptr i8, ptr %76, i64 %.idx9.4.2
  %87 = getelementptr i8, ptr %81, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %87, ptr noundef nonnull align 1 dereferenceable(64) %86, i64 64, i1 false)
  %88 = lshr exact i64 %10, 2
  %89 = and i64 %88, 56
  %90 = or disjoint i64 %89, 6
  %91 = shl nuw nsw i64 %10, 6
  %.idx7.3 = and i64 %91, 16384
  %92 = getelementptr i8, ptr %4, i64 %.idx7.3
  %.idx9.3 = shl nuw nsw i64 %90, 6
  %93 = getelementptr i8, ptr %92, i64 %.idx9.3
  %94 = getelementptr i8, ptr %6, i64 %.idx7.3
  %.idx16.3 = shl nuw nsw i64 %90, 8
  %95 = getelementptr i8, ptr %94, i64 %.idx16.3
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %95, ptr noundef nonnull align 1 dereferenceable(64) %93, i64 64, i1 false)
  %96 = getelementptr i8, ptr %92, i64 4096
  %97 = getelementptr i8, ptr %96, i64 %.idx9.3
  %98 = getelementptr i8, ptr %95, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %98, ptr noundef nonnull align 1 dereferenceable(64) %97, i64 64, i1 false)
  %99 = getelementptr i8, ptr %92, i64 8192
  %100 = getelementptr i8, ptr %99, i64 %.idx9.3
  %101 = getelementptr i8, ptr %95, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %101, ptr noundef nonnull align 1 dereferenceable(64) %100, i64 64, i1 false)
  %102 = getelementptr i8, ptr %92, i64 12288
  %103 = getelementptr i8, ptr %102, i64 %.idx9.3
  %104 = getelementptr i8, ptr %95, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %104, ptr noundef nonnull align 1 dereferenceable(64) %103, i64 64, i1 false)
  %105 = or disjoint i64 %89, 7
  %.idx9.4.3 = shl nuw nsw i64 %105, 6
  %106 = getelementptr i8, ptr %92, i64 %.idx9.4.3
  %.idx16.4.3 = shl nuw nsw i64 %105, 8
  %107 = getelementptr i8, ptr %94, i64 %.idx16.4.3
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %107, ptr noundef nonnull align 1 dereferenceable(64) %106, i64 64, i1 false)
  %108 = getelementptr i8, ptr %96, i64 %.idx9.4.3
  %109 = getelementptr i8, ptr %107, i64 64
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %109, ptr noundef nonnull align 1 dereferenceable(64) %108, i64 64, i1 false)
  %110 = getelementptr i8, ptr %99, i64 %.idx9.4.3
  %111 = getelementptr i8, ptr %107, i64 128
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %111, ptr noundef nonnull align 1 dereferenceable(64) %110, i64 64, i1 false)
  %112 = getelementptr i8, ptr %102, i64 %.idx9.4.3
  %113 = getelementptr i8, ptr %107, i64 192
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(64) %113, ptr noundef nonnull align 1 dereferenceable(64) %112, i64 64, i1 false)
  %114 = add nuw nsw i64 %10, 32
  %exitcond.not.7.3 = icmp eq i64 %114, 512
  br i1 %exitcond.not.7.3, label %._crit_edge, label %copy_bitcast_fusion_impl.exit

._crit_edge:                                      ; preds = %copy_bitcast_fusion_impl.exit, %1
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 2}
!2 = !{!"xla_cpu_emitter__tiled_emitter__hlo_opcode__fusion"}
!3 = !{}
