; ModuleID = '__compute_module_broadcast_multiply_fusion_kernel_module'
source_filename = "__compute_module_broadcast_multiply_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable
define noalias noundef ptr @broadcast_multiply_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8
  %4 = load i64, ptr %3, align 4, !invariant.load !3
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !7)
  %5 = icmp ult i64 %4, 2
  br i1 %5, label %.preheader, label %broadcast_multiply_fusion_wrapped.exit

.preheader:                                       ; preds = %1
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %7 = load ptr, ptr %6, align 8, !invariant.load !3
  %8 = getelementptr inbounds nuw i8, ptr %7, i64 16
  %9 = load ptr, ptr %8, align 8, !invariant.load !3, !dereferenceable !9
  %10 = load ptr, ptr %7, align 8, !invariant.load !3, !dereferenceable !10
  %.idx = shl nuw nsw i64 %4, 8
  %11 = getelementptr i8, ptr %9, i64 %.idx
  %.idx1 = shl nuw nsw i64 %4, 17
  %12 = getelementptr i8, ptr %10, i64 %.idx1
  br label %vector.ph

vector.ph:                                        ; preds = %.preheader, %vector.ph
  %13 = phi i64 [ 0, %.preheader ], [ %144, %vector.ph ]
  %14 = getelementptr [4 x i8], ptr %11, i64 %13
  %15 = load float, ptr %14, align 4, !invariant.load !3, !alias.scope !7, !noalias !4
  %broadcast.splatinsert = insertelement <8 x float> poison, float %15, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx2 = shl nuw nsw i64 %13, 11
  %16 = getelementptr i8, ptr %12, i64 %.idx2
  %17 = getelementptr i8, ptr %16, i64 32
  %18 = getelementptr i8, ptr %16, i64 64
  %19 = getelementptr i8, ptr %16, i64 96
  %wide.load = load <8 x float>, ptr %16, align 4, !alias.scope !4, !noalias !7
  %wide.load6 = load <8 x float>, ptr %17, align 4, !alias.scope !4, !noalias !7
  %wide.load7 = load <8 x float>, ptr %18, align 4, !alias.scope !4, !noalias !7
  %wide.load8 = load <8 x float>, ptr %19, align 4, !alias.scope !4, !noalias !7
  %20 = fmul <8 x float> %broadcast.splat, %wide.load
  %21 = fmul <8 x float> %broadcast.splat, %wide.load6
  %22 = fmul <8 x float> %broadcast.splat, %wide.load7
  %23 = fmul <8 x float> %broadcast.splat, %wide.load8
  store <8 x float> %20, ptr %16, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %21, ptr %17, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %22, ptr %18, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %23, ptr %19, align 4, !alias.scope !4, !noalias !7
  %24 = getelementptr i8, ptr %16, i64 128
  %25 = getelementptr i8, ptr %16, i64 160
  %26 = getelementptr i8, ptr %16, i64 192
  %27 = getelementptr i8, ptr %16, i64 224
  %wide.load.1 = load <8 x float>, ptr %24, align 4, !alias.scope !4, !noalias !7
  %wide.load6.1 = load <8 x float>, ptr %25, align 4, !alias.scope !4, !noalias !7
  %wide.load7.1 = load <8 x float>, ptr %26, align 4, !alias.scope !4, !noalias !7
  %wide.load8.1 = load <8 x float>, ptr %27, align 4, !alias.scope !4, !noalias !7
  %28 = fmul <8 x float> %broadcast.splat, %wide.load.1
  %29 = fmul <8 x float> %broadcast.splat, %wide.load6.1
  %30 = fmul <8 x float> %broadcast.splat, %wide.load7.1
  %31 = fmul <8 x float> %broadcast.splat, %wide.load8.1
  store <8 x float> %28, ptr %24, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %29, ptr %25, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %30, ptr %26, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %31, ptr %27, align 4, !alias.scope !4, !noalias !7
  %32 = getelementptr i8, ptr %16, i64 256
  %33 = getelementptr i8, ptr %16, i64 288
  %34 = getelementptr i8, ptr %16, i64 320
  %35 = getelementptr i8, ptr %16, i64 352
  %wide.load.2 = load <8 x float>, ptr %32, align 4, !alias.scope !4, !noalias !7
  %wide.load6.2 = load <8 x float>, ptr %33, align 4, !alias.scope !4, !noalias !7
  %wide.load7.2 = load <8 x float>, ptr %34, align 4, !alias.scope !4, !noalias !7
  %wide.load8.2 = load <8 x float>, ptr %35, align 4, !alias.scope !4, !noalias !7
  %36 = fmul <8 x float> %broadcast.splat, %wide.load.2
  %37 = fmul <8 x float> %broadcast.splat, %wide.load6.2
  %38 = fmul <8 x float> %broadcast.splat, %wide.load7.2
  %39 = fmul <8 x float> %broadcast.splat, %wide.load8.2
  store <8 x float> %36, ptr %32, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %37, ptr %33, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %38, ptr %34, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %39, ptr %35, align 4, !alias.scope !4, !noalias !7
  %40 = getelementptr i8, ptr %16, i64 384
  %41 = getelementptr i8, ptr %16, i64 416
  %42 = getelementptr i8, ptr %16, i64 448
  %43 = getelementptr i8, ptr %16, i64 480
  %wide.load.3 = load <8 x float>, ptr %40, align 4, !alias.scope !4, !noalias !7
  %wide.load6.3 = load <8 x float>, ptr %41, align 4, !alias.scope !4, !noalias !7
  %wide.load7.3 = load <8 x float>, ptr %42, align 4, !alias.scope !4, !noalias !7
  %wide.load8.3 = load <8 x float>, ptr %43, align 4, !alias.scope !4, !noalias !7
  %44 = fmul <8 x float> %broadcast.splat, %wide.load.3
  %45 = fmul <8 x float> %broadcast.splat, %wide.load6.3
  %46 = fmul <8 x float> %broadcast.splat, %wide.load7.3
  %47 = fmul <8 x float> %broadcast.splat, %wide.load8.3
  store <8 x float> %44, ptr %40, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %45, ptr %41, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %46, ptr %42, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %47, ptr %43, align 4, !alias.scope !4, !noalias !7
  %48 = getelementptr i8, ptr %16, i64 512
  %49 = getelementptr i8, ptr %16, i64 544
  %50 = getelementptr i8, ptr %16, i64 576
  %51 = getelementptr i8, ptr %16, i64 608
  %wide.load.4 = load <8 x float>, ptr %48, align 4, !alias.scope !4, !noalias !7
  %wide.load6.4 = load <8 x float>, ptr %49, align 4, !alias.scope !4, !noalias !7
  %wide.load7.4 = load <8 x float>, ptr %50, align 4, !alias.scope !4, !noalias !7
  %wide.load8.4 = load <8 x float>, ptr %51, align 4, !alias.scope !4, !noalias !7
  %52 = fmul <8 x float> %broadcast.splat, %wide.load.4
  %53 = fmul <8 x float> %broadcast.splat, %wide.load6.4
  %54 = fmul <8 x float> %broadcast.splat, %wide.load7.4
  %55 = fmul <8 x float> %broadcast.splat, %wide.load8.4
  store <8 x float> %52, ptr %48, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %53, ptr %49, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %54, ptr %50, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %55, ptr %51, align 4, !alias.scope !4, !noalias !7
  %56 = getelementptr i8, ptr %16, i64 640
  %57 = getelementptr i8, ptr %16, i64 672
  %58 = getelementptr i8, ptr %16, i64 704
  %59 = getelementptr i8, ptr %16, i64 736
  %wide.load.5 = load <8 x float>, ptr %56, align 4, !alias.scope !4, !noalias !7
  %wide.load6.5 = load <8 x float>, ptr %57, align 4, !alias.scope !4, !noalias !7
  %wide.load7.5 = load <8 x float>, ptr %58, align 4, !alias.scope !4, !noalias !7
  %wide.load8.5 = load <8 x float>, ptr %59, align 4, !alias.scope !4, !noalias !7
  %60 = fmul <8 x float> %broadcast.splat, %wide.load.5
  %61 = fmul <8 x float> %broadcast.splat, %wide.load6.5
  %62 = fmul <8 x float> %broadcast.splat, %wide.load7.5
  %63 = fmul <8 x float> %broadcast.splat, %wide.load8.5
  store <8 x float> %60, ptr %56, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %61, ptr %57, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %62, ptr %58, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %63, ptr %59, align 4, !alias.scope !4, !noalias !7
  %64 = getelementptr i8, ptr %16, i64 768
  %65 = getelementptr i8, ptr %16, i64 800
  %66 = getelementptr i8, ptr %16, i64 832
  %67 = getelementptr i8, ptr %16, i64 864
  %wide.load.6 = load <8 x float>, ptr %64, align 4, !alias.scope !4, !noalias !7
  %wide.load6.6 = load <8 x float>, ptr %65, align 4, !alias.scope !4, !noalias !7
  %wide.load7.6 = load <8 x float>, ptr %66, align 4, !alias.scope !4, !noalias !7
  %wide.load8.6 = load <8 x float>, ptr %67, align 4, !alias.scope !4, !noalias !7
  %68 = fmul <8 x float> %broadcast.splat, %wide.load.6
  %69 = fmul <8 x float> %broadcast.splat, %wide.load6.6
  %70 = fmul <8 x float> %broadcast.splat, %wide.load7.6
  %71 = fmul <8 x float> %broadcast.splat, %wide.load8.6
  store <8 x float> %68, ptr %64, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %69, ptr %65, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %70, ptr %66, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %71, ptr %67, align 4, !alias.scope !4, !noalias !7
  %72 = getelementptr i8, ptr %16, i64 896
  %73 = getelementptr i8, ptr %16, i64 928
  %74 = getelementptr i8, ptr %16, i64 960
  %75 = getelementptr i8, ptr %16, i64 992
  %wide.load.7 = load <8 x float>, ptr %72, align 4, !alias.scope !4, !noalias !7
  %wide.load6.7 = load <8 x float>, ptr %73, align 4, !alias.scope !4, !noalias !7
  %wide.load7.7 = load <8 x float>, ptr %74, align 4, !alias.scope !4, !noalias !7
  %wide.load8.7 = load <8 x float>, ptr %75, align 4, !alias.scope !4, !noalias !7
  %76 = fmul <8 x float> %broadcast.splat, %wide.load.7
  %77 = fmul <8 x float> %broadcast.splat, %wide.load6.7
  %78 = fmul <8 x float> %broadcast.splat, %wide.load7.7
  %79 = fmul <8 x float> %broadcast.splat, %wide.load8.7
  store <8 x float> %76, ptr %72, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %77, ptr %73, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %78, ptr %74, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %79, ptr %75, align 4, !alias.scope !4, !noalias !7
  %80 = getelementptr i8, ptr %16, i64 1024
  %81 = getelementptr i8, ptr %16, i64 1056
  %82 = getelementptr i8, ptr %16, i64 1088
  %83 = getelementptr i8, ptr %16, i64 1120
  %wide.load.8 = load <8 x float>, ptr %80, align 4, !alias.scope !4, !noalias !7
  %wide.load6.8 = load <8 x float>, ptr %81, align 4, !alias.scope !4, !noalias !7
  %wide.load7.8 = load <8 x float>, ptr %82, align 4, !alias.scope !4, !noalias !7
  %wide.load8.8 = load <8 x float>, ptr %83, align 4, !alias.scope !4, !noalias !7
  %84 = fmul <8 x float> %broadcast.splat, %wide.load.8
  %85 = fmul <8 x float> %broadcast.splat, %wide.load6.8
  %86 = fmul <8 x float> %broadcast.splat, %wide.load7.8
  %87 = fmul <8 x float> %broadcast.splat, %wide.load8.8
  store <8 x float> %84, ptr %80, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %85, ptr %81, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %86, ptr %82, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %87, ptr %83, align 4, !alias.scope !4, !noalias !7
  %88 = getelementptr i8, ptr %16, i64 1152
  %89 = getelementptr i8, ptr %16, i64 1184
  %90 = getelementptr i8, ptr %16, i64 1216
  %91 = getelementptr i8, ptr %16, i64 1248
  %wide.load.9 = load <8 x float>, ptr %88, align 4, !alias.scope !4, !noalias !7
  %wide.load6.9 = load <8 x float>, ptr %89, align 4, !alias.scope !4, !noalias !7
  %wide.load7.9 = load <8 x float>, ptr %90, align 4, !alias.scope !4, !noalias !7
  %wide.load8.9 = load <8 x float>, ptr %91, align 4, !alias.scope !4, !noalias !7
  %92 = fmul <8 x float> %broadcast.splat, %wide.load.9
  %93 = fmul <8 x float> %broadcast.splat, %wide.load6.9
  %94 = fmul <8 x float> %broadcast.splat, %wide.load7.9
  %95 = fmul <8 x float> %broadcast.splat, %wide.load8.9
  store <8 x float> %92, ptr %88, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %93, ptr %89, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %94, ptr %90, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %95, ptr %91, align 4, !alias.scope !4, !noalias !7
  %96 = getelementptr i8, ptr %16, i64 1280
  %97 = getelementptr i8, ptr %16, i64 1312
  %98 = getelementptr i8, ptr %16, i64 1344
  %99 = getelementptr i8, ptr %16, i64 1376
  %wide.load.10 = load <8 x float>, ptr %96, align 4, !alias.scope !4, !noalias !7
  %wide.load6.10 = load <8 x float>, ptr %97, align 4, !alias.scope !4, !noalias !7
  %wide.load7.10 = load <8 x float>, ptr %98, align 4, !alias.scope !4, !noalias !7
  %wide.load8.10 = load <8 x float>, ptr %99, align 4, !alias.scope !4, !noalias !7
  %100 = fmul <8 x float> %broadcast.splat, %wide.load.10
  %101 = fmul <8 x float> %broadcast.splat, %wide.load6.10
  %102 = fmul <8 x float> %broadcast.splat, %wide.load7.10
  %103 = fmul <8 x float> %broadcast.splat, %wide.load8.10
  store <8 x float> %100, ptr %96, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %101, ptr %97, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %102, ptr %98, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %103, ptr %99, align 4, !alias.scope !4, !noalias !7
  %104 = getelementptr i8, ptr %16, i64 1408
  %105 = getelementptr i8, ptr %16, i64 1440
  %106 = getelementptr i8, ptr %16, i64 1472
  %107 = getelementptr i8, ptr %16, i64 1504
  %wide.load.11 = load <8 x float>, ptr %104, align 4, !alias.scope !4, !noalias !7
  %wide.load6.11 = load <8 x float>, ptr %105, align 4, !alias.scope !4, !noalias !7
  %wide.load7.11 = load <8 x float>, ptr %106, align 4, !alias.scope !4, !noalias !7
  %wide.load8.11 = load <8 x float>, ptr %107, align 4, !alias.scope !4, !noalias !7
  %108 = fmul <8 x float> %broadcast.splat, %wide.load.11
  %109 = fmul <8 x float> %broadcast.splat, %wide.load6.11
  %110 = fmul <8 x float> %broadcast.splat, %wide.load7.11
  %111 = fmul <8 x float> %broadcast.splat, %wide.load8.11
  store <8 x float> %108, ptr %104, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %109, ptr %105, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %110, ptr %106, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %111, ptr %107, align 4, !alias.scope !4, !noalias !7
  %112 = getelementptr i8, ptr %16, i64 1536
  %113 = getelementptr i8, ptr %16, i64 1568
  %114 = getelementptr i8, ptr %16, i64 1600
  %115 = getelementptr i8, ptr %16, i64 1632
  %wide.load.12 = load <8 x float>, ptr %112, align 4, !alias.scope !4, !noalias !7
  %wide.load6.12 = load <8 x float>, ptr %113, align 4, !alias.scope !4, !noalias !7
  %wide.load7.12 = load <8 x float>, ptr %114, align 4, !alias.scope !4, !noalias !7
  %wide.load8.12 = load <8 x float>, ptr %115, align 4, !alias.scope !4, !noalias !7
  %116 = fmul <8 x float> %broadcast.splat, %wide.load.12
  %117 = fmul <8 x float> %broadcast.splat, %wide.load6.12
  %118 = fmul <8 x float> %broadcast.splat, %wide.load7.12
  %119 = fmul <8 x float> %broadcast.splat, %wide.load8.12
  store <8 x float> %116, ptr %112, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %117, ptr %113, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %118, ptr %114, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %119, ptr %115, align 4, !alias.scope !4, !noalias !7
  %120 = getelementptr i8, ptr %16, i64 1664
  %121 = getelementptr i8, ptr %16, i64 1696
  %122 = getelementptr i8, ptr %16, i64 1728
  %123 = getelementptr i8, ptr %16, i64 1760
  %wide.load.13 = load <8 x float>, ptr %120, align 4, !alias.scope !4, !noalias !7
  %wide.load6.13 = load <8 x float>, ptr %121, align 4, !alias.scope !4, !noalias !7
  %wide.load7.13 = load <8 x float>, ptr %122, align 4, !alias.scope !4, !noalias !7
  %wide.load8.13 = load <8 x float>, ptr %123, align 4, !alias.scope !4, !noalias !7
  %124 = fmul <8 x float> %broadcast.splat, %wide.load.13
  %125 = fmul <8 x float> %broadcast.splat, %wide.load6.13
  %126 = fmul <8 x float> %broadcast.splat, %wide.load7.13
  %127 = fmul <8 x float> %broadcast.splat, %wide.load8.13
  store <8 x float> %124, ptr %120, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %125, ptr %121, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %126, ptr %122, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %127, ptr %123, align 4, !alias.scope !4, !noalias !7
  %128 = getelementptr i8, ptr %16, i64 1792
  %129 = getelementptr i8, ptr %16, i64 1824
  %130 = getelementptr i8, ptr %16, i64 1856
  %131 = getelementptr i8, ptr %16, i64 1888
  %wide.load.14 = load <8 x float>, ptr %128, align 4, !alias.scope !4, !noalias !7
  %wide.load6.14 = load <8 x float>, ptr %129, align 4, !alias.scope !4, !noalias !7
  %wide.load7.14 = load <8 x float>, ptr %130, align 4, !alias.scope !4, !noalias !7
  %wide.load8.14 = load <8 x float>, ptr %131, align 4, !alias.scope !4, !noalias !7
  %132 = fmul <8 x float> %broadcast.splat, %wide.load.14
  %133 = fmul <8 x float> %broadcast.splat, %wide.load6.14
  %134 = fmul <8 x float> %broadcast.splat, %wide.load7.14
  %135 = fmul <8 x float> %broadcast.splat, %wide.load8.14
  store <8 x float> %132, ptr %128, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %133, ptr %129, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %134, ptr %130, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %135, ptr %131, align 4, !alias.scope !4, !noalias !7
  %136 = getelementptr i8, ptr %16, i64 1920
  %137 = getelementptr i8, ptr %16, i64 1952
  %138 = getelementptr i8, ptr %16, i64 1984
  %139 = getelementptr i8, ptr %16, i64 2016
  %wide.load.15 = load <8 x float>, ptr %136, align 4, !alias.scope !4, !noalias !7
  %wide.load6.15 = load <8 x float>, ptr %137, align 4, !alias.scope !4, !noalias !7
  %wide.load7.15 = load <8 x float>, ptr %138, align 4, !alias.scope !4, !noalias !7
  %wide.load8.15 = load <8 x float>, ptr %139, align 4, !alias.scope !4, !noalias !7
  %140 = fmul <8 x float> %broadcast.splat, %wide.load.15
  %141 = fmul <8 x float> %broadcast.splat, %wide.load6.15
  %142 = fmul <8 x float> %broadcast.splat, %wide.load7.15
  %143 = fmul <8 x float> %broadcast.splat, %wide.load8.15
  store <8 x float> %140, ptr %136, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %141, ptr %137, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %142, ptr %138, align 4, !alias.scope !4, !noalias !7
  store <8 x float> %143, ptr %139, align 4, !alias.scope !4, !noalias !7
  %144 = add nuw nsw i64 %13, 1
  %exitcond4.not = icmp eq i64 %144, 64
  br i1 %exitcond4.not, label %broadcast_multiply_fusion_wrapped.exit, label %vector.ph, !llvm.loop !11

broadcast_multiply_fusion_wrapped.exit:           ; preds = %vector.ph, %1
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 1}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{!5}
!5 = distinct !{!5, !6, !"broadcast_multiply_fusion_wrapped: argument 0"}
!6 = distinct !{!6, !"broadcast_multiply_fusion_wrapped"}
!7 = !{!8}
!8 = distinct !{!8, !6, !"broadcast_multiply_fusion_wrapped: argument 1"}
!9 = !{i64 512}
!10 = !{i64 262144}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
