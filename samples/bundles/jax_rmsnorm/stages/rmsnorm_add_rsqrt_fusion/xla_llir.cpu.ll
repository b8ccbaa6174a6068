; ModuleID = '__compute_module_add_rsqrt_fusion_kernel_module'
source_filename = "__compute_module_add_rsqrt_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: uwtable
define noalias noundef ptr @add_rsqrt_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
add_rsqrt_fusion_wrapped.exit:
  %1 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %2 = load ptr, ptr %1, align 8, !invariant.load !8
  %3 = load ptr, ptr %2, align 8, !invariant.load !8, !dereferenceable !9
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %5 = load ptr, ptr %4, align 8, !invariant.load !8, !dereferenceable !9
  tail call void @llvm.experimental.noalias.scope.decl(metadata !10)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !13)
  %6 = load float, ptr %3, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %7 = fmul float %6, f0x3A800000
  %8 = fadd float %7, f0x358637BD
  %9 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %8, i64 0
  %y_approx.i = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %9)
  %y_approx1.i = extractelement <4 x float> %y_approx.i, i64 0
  %10 = fmul float %8, %y_approx1.i
  %11 = fmul float %y_approx1.i, -5.000000e-01
  %12 = fmul float %10, %y_approx1.i
  %13 = fadd float %12, -1.000000e+00
  %14 = fmul float %11, %13
  %15 = fadd float %14, %y_approx1.i
  %use_hw_approx_mask.i = call i1 @llvm.is.fpclass.f32(float %8, i32 732)
  %result.i = select i1 %use_hw_approx_mask.i, float %y_approx1.i, float %15
  store float %result.i, ptr %5, align 4, !alias.scope !13, !noalias !10
  %16 = getelementptr inbounds nuw i8, ptr %3, i64 4
  %17 = load float, ptr %16, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %18 = fmul float %17, f0x3A800000
  %19 = fadd float %18, f0x358637BD
  %20 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %19, i64 0
  %y_approx.i1 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %20)
  %y_approx1.i2 = extractelement <4 x float> %y_approx.i1, i64 0
  %21 = fmul float %19, %y_approx1.i2
  %22 = fmul float %y_approx1.i2, -5.000000e-01
  %23 = fmul float %21, %y_approx1.i2
  %24 = fadd float %23, -1.000000e+00
  %25 = fmul float %22, %24
  %26 = fadd float %25, %y_approx1.i2
  %use_hw_approx_mask.i5 = call i1 @llvm.is.fpclass.f32(float %19, i32 732)
  %result.i6 = select i1 %use_hw_approx_mask.i5, float %y_approx1.i2, float %26
  %27 = getelementptr inbounds nuw i8, ptr %5, i64 4
  store float %result.i6, ptr %27, align 4, !alias.scope !13, !noalias !10
  %28 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %29 = load float, ptr %28, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %30 = fmul float %29, f0x3A800000
  %31 = fadd float %30, f0x358637BD
  %32 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %31, i64 0
  %y_approx.i7 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %32)
  %y_approx1.i8 = extractelement <4 x float> %y_approx.i7, i64 0
  %33 = fmul float %31, %y_approx1.i8
  %34 = fmul float %y_approx1.i8, -5.000000e-01
  %35 = fmul float %33, %y_approx1.i8
  %36 = fadd float %35, -1.000000e+00
  %37 = fmul float %34, %36
  %38 = fadd float %37, %y_approx1.i8
  %use_hw_approx_mask.i11 = call i1 @llvm.is.fpclass.f32(float %31, i32 732)
  %result.i12 = select i1 %use_hw_approx_mask.i11, float %y_approx1.i8, float %38
  %39 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store float %result.i12, ptr %39, align 4, !alias.scope !13, !noalias !10
  %40 = getelementptr inbounds nuw i8, ptr %3, i64 12
  %41 = load float, ptr %40, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %42 = fmul float %41, f0x3A800000
  %43 = fadd float %42, f0x358637BD
  %44 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %43, i64 0
  %y_approx.i13 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %44)
  %y_approx1.i14 = extractelement <4 x float> %y_approx.i13, i64 0
  %45 = fmul float %43, %y_approx1.i14
  %46 = fmul float %y_approx1.i14, -5.000000e-01
  %47 = fmul float %45, %y_approx1.i14
  %48 = fadd float %47, -1.000000e+00
  %49 = fmul float %46, %48
  %50 = fadd float %49, %y_approx1.i14
  %use_hw_approx_mask.i17 = call i1 @llvm.is.fpclass.f32(float %43, i32 732)
  %result.i18 = select i1 %use_hw_approx_mask.i17, float %y_approx1.i14, float %50
  %51 = getelementptr inbounds nuw i8, ptr %5, i64 12
  store float %result.i18, ptr %51, align 4, !alias.scope !13, !noalias !10
  %52 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %53 = load float, ptr %52, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %54 = fmul float %53, f0x3A800000
  %55 = fadd float %54, f0x358637BD
  %56 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %55, i64 0
  %y_approx.i19 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %56)
  %y_approx1.i20 = extractelement <4 x float> %y_approx.i19, i64 0
  %57 = fmul float %55, %y_approx1.i20
  %58 = fmul float %y_approx1.i20, -5.000000e-01
  %59 = fmul float %57, %y_approx1.i20
  %60 = fadd float %59, -1.000000e+00
  %61 = fmul float %58, %60
  %62 = fadd float %61, %y_approx1.i20
  %use_hw_approx_mask.i23 = call i1 @llvm.is.fpclass.f32(float %55, i32 732)
  %result.i24 = select i1 %use_hw_approx_mask.i23, float %y_approx1.i20, float %62
  %63 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store float %result.i24, ptr %63, align 4, !alias.scope !13, !noalias !10
  %64 = getelementptr inbounds nuw i8, ptr %3, i64 20
  %65 = load float, ptr %64, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %66 = fmul float %65, f0x3A800000
  %67 = fadd float %66, f0x358637BD
  %68 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %67, i64 0
  %y_approx.i25 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %68)
  %y_approx1.i26 = extractelement <4 x float> %y_approx.i25, i64 0
  %69 = fmul float %67, %y_approx1.i26
  %70 = fmul float %y_approx1.i26, -5.000000e-01
  %71 = fmul float %69, %y_approx1.i26
  %72 = fadd float %71, -1.000000e+00
  %73 = fmul float %70, %72
  %74 = fadd float %73, %y_approx1.i26
  %use_hw_approx_mask.i29 = call i1 @llvm.is.fpclass.f32(float %67, i32 732)
  %result.i30 = select i1 %use_hw_approx_mask.i29, float %y_approx1.i26, float %74
  %75 = getelementptr inbounds nuw i8, ptr %5, i64 20
  store float %result.i30, ptr %75, align 4, !alias.scope !13, !noalias !10
  %76 = getelementptr inbounds nuw i8, ptr %3, i64 24
  %77 = load float, ptr %76, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %78 = fmul float %77, f0x3A800000
  %79 = fadd float %78, f0x358637BD
  %80 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %79, i64 0
  %y_approx.i31 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %80)
  %y_approx1.i32 = extractelement <4 x float> %y_approx.i31, i64 0
  %81 = fmul float %79, %y_approx1.i32
  %82 = fmul float %y_approx1.i32, -5.000000e-01
  %83 = fmul float %81, %y_approx1.i32
  %84 = fadd float %83, -1.000000e+00
  %85 = fmul float %82, %84
  %86 = fadd float %85, %y_approx1.i32
  %use_hw_approx_mask.i35 = call i1 @llvm.is.fpclass.f32(float %79, i32 732)
  %result.i36 = select i1 %use_hw_approx_mask.i35, float %y_approx1.i32, float %86
  %87 = getelementptr inbounds nuw i8, ptr %5, i64 24
  store float %result.i36, ptr %87, align 4, !alias.scope !13, !noalias !10
  %88 = getelementptr inbounds nuw i8, ptr %3, i64 28
  %89 = load float, ptr %88, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %90 = fmul float %89, f0x3A800000
  %91 = fadd float %90, f0x358637BD
  %92 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %91, i64 0
  %y_approx.i37 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %92)
  %y_approx1.i38 = extractelement <4 x float> %y_approx.i37, i64 0
  %93 = fmul float %91, %y_approx1.i38
  %94 = fmul float %y_approx1.i38, -5.000000e-01
  %95 = fmul float %93, %y_approx1.i38
  %96 = fadd float %95, -1.000000e+00
  %97 = fmul float %94, %96
  %98 = fadd float %97, %y_approx1.i38
  %use_hw_approx_mask.i41 = call i1 @llvm.is.fpclass.f32(float %91, i32 732)
  %result.i42 = select i1 %use_hw_approx_mask.i41, float %y_approx1.i38, float %98
  %99 = getelementptr inbounds nuw i8, ptr %5, i64 28
  store float %result.i42, ptr %99, align 4, !alias.scope !13, !noalias !10
  %100 = getelementptr inbounds nuw i8, ptr %3, i64 32
  %101 = load float, ptr %100, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %102 = fmul float %101, f0x3A800000
  %103 = fadd float %102, f0x358637BD
  %104 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %103, i64 0
  %y_approx.i43 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %104)
  %y_approx1.i44 = extractelement <4 x float> %y_approx.i43, i64 0
  %105 = fmul float %103, %y_approx1.i44
  %106 = fmul float %y_approx1.i44, -5.000000e-01
  %107 = fmul float %105, %y_approx1.i44
  %108 = fadd float %107, -1.000000e+00
  %109 = fmul float %106, %108
  %110 = fadd float %109, %y_approx1.i44
  %use_hw_approx_mask.i47 = call i1 @llvm.is.fpclass.f32(float %103, i32 732)
  %result.i48 = select i1 %use_hw_approx_mask.i47, float %y_approx1.i44, float %110
  %111 = getelementptr inbounds nuw i8, ptr %5, i64 32
  store float %result.i48, ptr %111, align 4, !alias.scope !13, !noalias !10
  %112 = getelementptr inbounds nuw i8, ptr %3, i64 36
  %113 = load float, ptr %112, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %114 = fmul float %113, f0x3A800000
  %115 = fadd float %114, f0x358637BD
  %116 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %115, i64 0
  %y_approx.i49 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %116)
  %y_approx1.i50 = extractelement <4 x float> %y_approx.i49, i64 0
  %117 = fmul float %115, %y_approx1.i50
  %118 = fmul float %y_approx1.i50, -5.000000e-01
  %119 = fmul float %117, %y_approx1.i50
  %120 = fadd float %119, -1.000000e+00
  %121 = fmul float %118, %120
  %122 = fadd float %121, %y_approx1.i50
  %use_hw_approx_mask.i53 = call i1 @llvm.is.fpclass.f32(float %115, i32 732)
  %result.i54 = select i1 %use_hw_approx_mask.i53, float %y_approx1.i50, float %122
  %123 = getelementptr inbounds nuw i8, ptr %5, i64 36
  store float %result.i54, ptr %123, align 4, !alias.scope !13, !noalias !10
  %124 = getelementptr inbounds nuw i8, ptr %3, i64 40
  %125 = load float, ptr %124, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %126 = fmul float %125, f0x3A800000
  %127 = fadd float %126, f0x358637BD
  %128 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %127, i64 0
  %y_approx.i55 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %128)
  %y_approx1.i56 = extractelement <4 x float> %y_approx.i55, i64 0
  %129 = fmul float %127, %y_approx1.i56
  %130 = fmul float %y_approx1.i56, -5.000000e-01
  %131 = fmul float %129, %y_approx1.i56
  %132 = fadd float %131, -1.000000e+00
  %133 = fmul float %130, %132
  %134 = fadd float %133, %y_approx1.i56
  %use_hw_approx_mask.i59 = call i1 @llvm.is.fpclass.f32(float %127, i32 732)
  %result.i60 = select i1 %use_hw_approx_mask.i59, float %y_approx1.i56, float %134
  %135 = getelementptr inbounds nuw i8, ptr %5, i64 40
  store float %result.i60, ptr %135, align 4, !alias.scope !13, !noalias !10
  %136 = getelementptr inbounds nuw i8, ptr %3, i64 44
  %137 = load float, ptr %136, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %138 = fmul float %137, f0x3A800000
  %139 = fadd float %138, f0x358637BD
  %140 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %139, i64 0
  %y_approx.i61 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %140)
  %y_approx1.i62 = extractelement <4 x float> %y_approx.i61, i64 0
  %141 = fmul float %139, %y_approx1.i62
  %142 = fmul float %y_approx1.i62, -5.000000e-01
  %143 = fmul float %141, %y_approx1.i62
  %144 = fadd float %143, -1.000000e+00
  %145 = fmul float %142, %144
  %146 = fadd float %145, %y_approx1.i62
  %use_hw_approx_mask.i65 = call i1 @llvm.is.fpclass.f32(float %139, i32 732)
  %result.i66 = select i1 %use_hw_approx_mask.i65, float %y_approx1.i62, float %146
  %147 = getelementptr inbounds nuw i8, ptr %5, i64 44
  store float %result.i66, ptr %147, align 4, !alias.scope !13, !noalias !10
  %148 = getelementptr inbounds nuw i8, ptr %3, i64 48
  %149 = load float, ptr %148, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %150 = fmul float %149, f0x3A800000
  %151 = fadd float %150, f0x358637BD
  %152 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %151, i64 0
  %y_approx.i67 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %152)
  %y_approx1.i68 = extractelement <4 x float> %y_approx.i67, i64 0
  %153 = fmul float %151, %y_approx1.i68
  %154 = fmul float %y_approx1.i68, -5.000000e-01
  %155 = fmul float %153, %y_approx1.i68
  %156 = fadd float %155, -1.000000e+00
  %157 = fmul float %154, %156
  %158 = fadd float %157, %y_approx1.i68
  %use_hw_approx_mask.i71 = call i1 @llvm.is.fpclass.f32(float %151, i32 732)
  %result.i72 = select i1 %use_hw_approx_mask.i71, float %y_approx1.i68, float %158
  %159 = getelementptr inbounds nuw i8, ptr %5, i64 48
  store float %result.i72, ptr %159, align 4, !alias.scope !13, !noalias !10
  %160 = getelementptr inbounds nuw i8, ptr %3, i64 52
  %161 = load float, ptr %160, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %162 = fmul float %161, f0x3A800000
  %163 = fadd float %162, f0x358637BD
  %164 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %163, i64 0
  %y_approx.i73 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %164)
  %y_approx1.i74 = extractelement <4 x float> %y_approx.i73, i64 0
  %165 = fmul float %163, %y_approx1.i74
  %166 = fmul float %y_approx1.i74, -5.000000e-01
  %167 = fmul float %165, %y_approx1.i74
  %168 = fadd float %167, -1.000000e+00
  %169 = fmul float %166, %168
  %170 = fadd float %169, %y_approx1.i74
  %use_hw_approx_mask.i77 = call i1 @llvm.is.fpclass.f32(float %163, i32 732)
  %result.i78 = select i1 %use_hw_approx_mask.i77, float %y_approx1.i74, float %170
  %171 = getelementptr inbounds nuw i8, ptr %5, i64 52
  store float %result.i78, ptr %171, align 4, !alias.scope !13, !noalias !10
  %172 = getelementptr inbounds nuw i8, ptr %3, i64 56
  %173 = load float, ptr %172, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %174 = fmul float %173, f0x3A800000
  %175 = fadd float %174, f0x358637BD
  %176 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %175, i64 0
  %y_approx.i79 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %176)
  %y_approx1.i80 = extractelement <4 x float> %y_approx.i79, i64 0
  %177 = fmul float %175, %y_approx1.i80
  %178 = fmul float %y_approx1.i80, -5.000000e-01
  %179 = fmul float %177, %y_approx1.i80
  %180 = fadd float %179, -1.000000e+00
  %181 = fmul float %178, %180
  %182 = fadd float %181, %y_approx1.i80
  %use_hw_approx_mask.i83 = call i1 @llvm.is.fpclass.f32(float %175, i32 732)
  %result.i84 = select i1 %use_hw_approx_mask.i83, float %y_approx1.i80, float %182
  %183 = getelementptr inbounds nuw i8, ptr %5, i64 56
  store float %result.i84, ptr %183, align 4, !alias.scope !13, !noalias !10
  %184 = getelementptr inbounds nuw i8, ptr %3, i64 60
  %185 = load float, ptr %184, align 4, !invariant.load !8, !alias.scope !10, !noalias !13
  %186 = fmul float %185, f0x3A800000
  %187 = fadd float %186, f0x358637BD
  %188 = insertelement <4 x float> <float poison, float undef, float undef, float undef>, float %187, i64 0
  %y_approx.i85 = call <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float> %188)
  %y_approx1.i86 = extractelement <4 x float> %y_approx.i85, i64 0
  %189 = fmul float %187, %y_approx1.i86
  %190 = fmul float %y_approx1.i86, -5.000000e-01
  %191 = fmul float %189, %y_approx1.i86
  %192 = fadd float %191, -1.000000e+00
  %193 = fmul float %190, %192
  %194 = fadd float %193, %y_approx1.i86
  %use_hw_approx_mask.i89 = call i1 @llvm.is.fpclass.f32(float %187, i32 732)
  %result.i90 = select i1 %use_hw_approx_mask.i89, float %y_approx1.i86, float %194
  %195 = getelementptr inbounds nuw i8, ptr %5, i64 60
  store float %result.i90, ptr %195, align 4, !alias.scope !13, !noalias !10
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare <4 x float> @llvm.x86.sse.rsqrt.ss(<4 x float>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.is.fpclass.f32(float, i32 immarg) #3

attributes #0 = { uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4, !5}
!xla_cpu_memory_region_name = !{!6}
!llvm.ident = !{!7}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 0}
!2 = !{i32 1, !"wchar_size", i32 4}
!3 = !{i32 8, !"PIC Level", i32 0}
!4 = !{i32 7, !"uwtable", i32 2}
!5 = !{i32 7, !"frame-pointer", i32 2}
!6 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!7 = !{!"clang version 18.1.8"}
!8 = !{}
!9 = !{i64 64}
!10 = !{!11}
!11 = distinct !{!11, !12, !"add_rsqrt_fusion_wrapped: argument 0"}
!12 = distinct !{!12, !"add_rsqrt_fusion_wrapped"}
!13 = !{!14}
!14 = distinct !{!14, !12, !"add_rsqrt_fusion_wrapped: argument 1"}
