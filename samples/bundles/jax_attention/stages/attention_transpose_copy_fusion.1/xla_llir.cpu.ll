; ModuleID = '__compute_module_transpose_copy_fusion.1_kernel_module'
source_filename = "__compute_module_transpose_copy_fusion.1_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable
define noalias noundef ptr @transpose_copy_fusion.1(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
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
  br label %.preheader

.preheader:                                       ; preds = %1, %234
  %exitcond9.not = phi i1 [ false, %1 ], [ true, %234 ]
  %9 = phi i64 [ 0, %1 ], [ 1, %234 ]
  %.idx = mul nuw nsw i64 %9, 49152
  %10 = getelementptr i8, ptr %6, i64 %.idx
  %.idx2 = shl nuw nsw i64 %9, 14
  %11 = getelementptr i8, ptr %8, i64 %.idx2
  br label %12

12:                                               ; preds = %.preheader, %232
  %13 = phi i64 [ 0, %.preheader ], [ %233, %232 ]
  %14 = shl nuw nsw i64 %13, 4
  %15 = getelementptr [4 x i8], ptr %4, i64 %14
  %16 = getelementptr [4 x i8], ptr %10, i64 %14
  %.idx3 = shl nuw nsw i64 %13, 12
  %17 = getelementptr i8, ptr %11, i64 %.idx3
  br label %vector.ph

vector.ph:                                        ; preds = %12, %vector.ph
  %18 = phi i64 [ 0, %12 ], [ %231, %vector.ph ]
  %19 = getelementptr [4 x i8], ptr %16, i64 %18
  %20 = getelementptr [4 x i8], ptr %15, i64 %18
  %21 = getelementptr i8, ptr %20, i64 256
  %22 = load float, ptr %21, align 4, !invariant.load !3, !alias.scope !7, !noalias !14
  %broadcast.splatinsert = insertelement <8 x float> poison, float %22, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx4 = shl nuw nsw i64 %18, 8
  %23 = getelementptr i8, ptr %17, i64 %.idx4
  %24 = getelementptr i8, ptr %19, i64 256
  %25 = getelementptr i8, ptr %19, i64 1024
  %26 = getelementptr i8, ptr %19, i64 1792
  %27 = getelementptr i8, ptr %19, i64 2560
  %28 = getelementptr i8, ptr %19, i64 3328
  %29 = getelementptr i8, ptr %19, i64 4096
  %30 = getelementptr i8, ptr %19, i64 4864
  %31 = getelementptr i8, ptr %19, i64 5632
  %32 = load float, ptr %24, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %33 = load float, ptr %25, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %34 = load float, ptr %26, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %35 = load float, ptr %27, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %36 = load float, ptr %28, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %37 = load float, ptr %29, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %38 = load float, ptr %30, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %39 = load float, ptr %31, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %40 = insertelement <8 x float> poison, float %32, i64 0
  %41 = insertelement <8 x float> %40, float %33, i64 1
  %42 = insertelement <8 x float> %41, float %34, i64 2
  %43 = insertelement <8 x float> %42, float %35, i64 3
  %44 = insertelement <8 x float> %43, float %36, i64 4
  %45 = insertelement <8 x float> %44, float %37, i64 5
  %46 = insertelement <8 x float> %45, float %38, i64 6
  %47 = insertelement <8 x float> %46, float %39, i64 7
  %48 = fadd <8 x float> %broadcast.splat, %47
  store <8 x float> %48, ptr %23, align 4, !alias.scope !12, !noalias !16
  %49 = getelementptr i8, ptr %19, i64 6400
  %50 = getelementptr i8, ptr %19, i64 7168
  %51 = getelementptr i8, ptr %19, i64 7936
  %52 = getelementptr i8, ptr %19, i64 8704
  %53 = getelementptr i8, ptr %19, i64 9472
  %54 = getelementptr i8, ptr %19, i64 10240
  %55 = getelementptr i8, ptr %19, i64 11008
  %56 = getelementptr i8, ptr %19, i64 11776
  %57 = load float, ptr %49, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %58 = load float, ptr %50, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %59 = load float, ptr %51, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %60 = load float, ptr %52, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %61 = load float, ptr %53, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %62 = load float, ptr %54, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %63 = load float, ptr %55, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %64 = load float, ptr %56, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %65 = insertelement <8 x float> poison, float %57, i64 0
  %66 = insertelement <8 x float> %65, float %58, i64 1
  %67 = insertelement <8 x float> %66, float %59, i64 2
  %68 = insertelement <8 x float> %67, float %60, i64 3
  %69 = insertelement <8 x float> %68, float %61, i64 4
  %70 = insertelement <8 x float> %69, float %62, i64 5
  %71 = insertelement <8 x float> %70, float %63, i64 6
  %72 = insertelement <8 x float> %71, float %64, i64 7
  %73 = fadd <8 x float> %broadcast.splat, %72
  %74 = getelementptr i8, ptr %23, i64 32
  store <8 x float> %73, ptr %74, align 4, !alias.scope !12, !noalias !16
  %75 = getelementptr i8, ptr %19, i64 12544
  %76 = getelementptr i8, ptr %19, i64 13312
  %77 = getelementptr i8, ptr %19, i64 14080
  %78 = getelementptr i8, ptr %19, i64 14848
  %79 = getelementptr i8, ptr %19, i64 15616
  %80 = getelementptr i8, ptr %19, i64 16384
  %81 = getelementptr i8, ptr %19, i64 17152
  %82 = getelementptr i8, ptr %19, i64 17920
  %83 = load float, ptr %75, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %84 = load float, ptr %76, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %85 = load float, ptr %77, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %86 = load float, ptr %78, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %87 = load float, ptr %79, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %88 = load float, ptr %80, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %89 = load float, ptr %81, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %90 = load float, ptr %82, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %91 = insertelement <8 x float> poison, float %83, i64 0
  %92 = insertelement <8 x float> %91, float %84, i64 1
  %93 = insertelement <8 x float> %92, float %85, i64 2
  %94 = insertelement <8 x float> %93, float %86, i64 3
  %95 = insertelement <8 x float> %94, float %87, i64 4
  %96 = insertelement <8 x float> %95, float %88, i64 5
  %97 = insertelement <8 x float> %96, float %89, i64 6
  %98 = insertelement <8 x float> %97, float %90, i64 7
  %99 = fadd <8 x float> %broadcast.splat, %98
  %100 = getelementptr i8, ptr %23, i64 64
  store <8 x float> %99, ptr %100, align 4, !alias.scope !12, !noalias !16
  %101 = getelementptr i8, ptr %19, i64 18688
  %102 = getelementptr i8, ptr %19, i64 19456
  %103 = getelementptr i8, ptr %19, i64 20224
  %104 = getelementptr i8, ptr %19, i64 20992
  %105 = getelementptr i8, ptr %19, i64 21760
  %106 = getelementptr i8, ptr %19, i64 22528
  %107 = getelementptr i8, ptr %19, i64 23296
  %108 = getelementptr i8, ptr %19, i64 24064
  %109 = load float, ptr %101, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %110 = load float, ptr %102, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %111 = load float, ptr %103, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %112 = load float, ptr %104, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %113 = load float, ptr %105, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %114 = load float, ptr %106, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %115 = load float, ptr %107, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %116 = load float, ptr %108, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %117 = insertelement <8 x float> poison, float %109, i64 0
  %118 = insertelement <8 x float> %117, float %110, i64 1
  %119 = insertelement <8 x float> %118, float %111, i64 2
  %120 = insertelement <8 x float> %119, float %112, i64 3
  %121 = insertelement <8 x float> %120, float %113, i64 4
  %122 = insertelement <8 x float> %121, float %114, i64 5
  %123 = insertelement <8 x float> %122, float %115, i64 6
  %124 = insertelement <8 x float> %123, float %116, i64 7
  %125 = fadd <8 x float> %broadcast.splat, %124
  %126 = getelementptr i8, ptr %23, i64 96
  store <8 x float> %125, ptr %126, align 4, !alias.scope !12, !noalias !16
  %127 = getelementptr i8, ptr %19, i64 24832
  %128 = getelementptr i8, ptr %19, i64 25600
  %129 = getelementptr i8, ptr %19, i64 26368
  %130 = getelementptr i8, ptr %19, i64 27136
  %131 = getelementptr i8, ptr %19, i64 27904
  %132 = getelementptr i8, ptr %19, i64 28672
  %133 = getelementptr i8, ptr %19, i64 29440
  %134 = getelementptr i8, ptr %19, i64 30208
  %135 = load float, ptr %127, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %136 = load float, ptr %128, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %137 = load float, ptr %129, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %138 = load float, ptr %130, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %139 = load float, ptr %131, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %140 = load float, ptr %132, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %141 = load float, ptr %133, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %142 = load float, ptr %134, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %143 = insertelement <8 x float> poison, float %135, i64 0
  %144 = insertelement <8 x float> %143, float %136, i64 1
  %145 = insertelement <8 x float> %144, float %137, i64 2
  %146 = insertelement <8 x float> %145, float %138, i64 3
  %147 = insertelement <8 x float> %146, float %139, i64 4
  %148 = insertelement <8 x float> %147, float %140, i64 5
  %149 = insertelement <8 x float> %148, float %141, i64 6
  %150 = insertelement <8 x float> %149, float %142, i64 7
  %151 = fadd <8 x float> %broadcast.splat, %150
  %152 = getelementptr i8, ptr %23, i64 128
  store <8 x float> %151, ptr %152, align 4, !alias.scope !12, !noalias !16
  %153 = getelementptr i8, ptr %19, i64 30976
  %154 = getelementptr i8, ptr %19, i64 31744
  %155 = getelementptr i8, ptr %19, i64 32512
  %156 = getelementptr i8, ptr %19, i64 33280
  %157 = getelementptr i8, ptr %19, i64 34048
  %158 = getelementptr i8, ptr %19, i64 34816
  %159 = getelementptr i8, ptr %19, i64 35584
  %160 = getelementptr i8, ptr %19, i64 36352
  %161 = load float, ptr %153, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %162 = load float, ptr %154, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %163 = load float, ptr %155, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %164 = load float, ptr %156, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %165 = load float, ptr %157, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %166 = load float, ptr %158, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %167 = load float, ptr %159, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %168 = load float, ptr %160, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %169 = insertelement <8 x float> poison, float %161, i64 0
  %170 = insertelement <8 x float> %169, float %162, i64 1
  %171 = insertelement <8 x float> %170, float %163, i64 2
  %172 = insertelement <8 x float> %171, float %164, i64 3
  %173 = insertelement <8 x float> %172, float %165, i64 4
  %174 = insertelement <8 x float> %173, float %166, i64 5
  %175 = insertelement <8 x float> %174, float %167, i64 6
  %176 = insertelement <8 x float> %175, float %168, i64 7
  %177 = fadd <8 x float> %broadcast.splat, %176
  %178 = getelementptr i8, ptr %23, i64 160
  store <8 x float> %177, ptr %178, align 4, !alias.scope !12, !noalias !16
  %179 = getelementptr i8, ptr %19, i64 37120
  %180 = getelementptr i8, ptr %19, i64 37888
  %181 = getelementptr i8, ptr %19, i64 38656
  %182 = getelementptr i8, ptr %19, i64 39424
  %183 = getelementptr i8, ptr %19, i64 40192
  %184 = getelementptr i8, ptr %19, i64 40960
  %185 = getelementptr i8, ptr %19, i64 41728
  %186 = getelementptr i8, ptr %19, i64 42496
  %187 = load float, ptr %179, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %188 = load float, ptr %180, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %189 = load float, ptr %181, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %190 = load float, ptr %182, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %191 = load float, ptr %183, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %192 = load float, ptr %184, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %193 = load float, ptr %185, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %194 = load float, ptr %186, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %195 = insertelement <8 x float> poison, float %187, i64 0
  %196 = insertelement <8 x float> %195, float %188, i64 1
  %197 = insertelement <8 x float> %196, float %189, i64 2
  %198 = insertelement <8 x float> %197, float %190, i64 3
  %199 = insertelement <8 x float> %198, float %191, i64 4
  %200 = insertelement <8 x float> %199, float %192, i64 5
  %201 = insertelement <8 x float> %200, float %193, i64 6
  %202 = insertelement <8 x float> %201, float %194, i64 7
  %203 = fadd <8 x float> %broadcast.splat, %202
  %204 = getelementptr i8, ptr %23, i64 192
  store <8 x float> %203, ptr %204, align 4, !alias.scope !12, !noalias !16
  %205 = getelementptr i8, ptr %19, i64 43264
  %206 = getelementptr i8, ptr %19, i64 44032
  %207 = getelementptr i8, ptr %19, i64 44800
  %208 = getelementptr i8, ptr %19, i64 45568
  %209 = getelementptr i8, ptr %19, i64 46336
  %210 = getelementptr i8, ptr %19, i64 47104
  %211 = getelementptr i8, ptr %19, i64 47872
  %212 = getelementptr i8, ptr %19, i64 48640
  %213 = load float, ptr %205, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %214 = load float, ptr %206, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %215 = load float, ptr %207, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %216 = load float, ptr %208, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %217 = load float, ptr %209, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %218 = load float, ptr %210, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %219 = load float, ptr %211, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %220 = load float, ptr %212, align 4, !invariant.load !3, !alias.scope !10, !noalias !15
  %221 = insertelement <8 x float> poison, float %213, i64 0
  %222 = insertelement <8 x float> %221, float %214, i64 1
  %223 = insertelement <8 x float> %222, float %215, i64 2
  %224 = insertelement <8 x float> %223, float %216, i64 3
  %225 = insertelement <8 x float> %224, float %217, i64 4
  %226 = insertelement <8 x float> %225, float %218, i64 5
  %227 = insertelement <8 x float> %226, float %219, i64 6
  %228 = insertelement <8 x float> %227, float %220, i64 7
  %229 = fadd <8 x float> %broadcast.splat, %228
  %230 = getelementptr i8, ptr %23, i64 224
  store <8 x float> %229, ptr %230, align 4, !alias.scope !12, !noalias !16
  %231 = add nuw nsw i64 %18, 1
  %exitcond7.not = icmp eq i64 %231, 16
  br i1 %exitcond7.not, label %232, label %vector.ph, !llvm.loop !17

232:                                              ; preds = %vector.ph
  %233 = add nuw nsw i64 %13, 1
  %exitcond8.not = icmp eq i64 %233, 4
  br i1 %exitcond8.not, label %234, label %12, !llvm.loop !17

234:                                              ; preds = %232
  br i1 %exitcond9.not, label %transpose_copy_fusion.1_wrapped.exit, label %.preheader, !llvm.loop !17

transpose_copy_fusion.1_wrapped.exit:             ; preds = %234
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 4}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 768}
!5 = !{i64 98304}
!6 = !{i64 32768}
!7 = !{!8}
!8 = distinct !{!8, !9, !"transpose_copy_fusion.1_wrapped: argument 0"}
!9 = distinct !{!9, !"transpose_copy_fusion.1_wrapped"}
!10 = !{!11}
!11 = distinct !{!11, !9, !"transpose_copy_fusion.1_wrapped: argument 1"}
!12 = !{!13}
!13 = distinct !{!13, !9, !"transpose_copy_fusion.1_wrapped: argument 2"}
!14 = !{!11, !13}
!15 = !{!8, !13}
!16 = !{!8, !11}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
