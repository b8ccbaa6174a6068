; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@.str = private unnamed_addr constant [11 x i8] c"__CUDA_FTZ\00", align 1

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_addmm_gelu_0(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = shl i32 %6, 9, !dbg !14
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !15
  %9 = shl nuw nsw i32 %8, 2, !dbg !15
  %10 = and i32 %9, 508, !dbg !15
  %11 = or disjoint i32 %10, %7, !dbg !16
  %12 = srem i32 %11, 1024, !dbg !17
  %13 = sext i32 %12 to i64, !dbg !18
  %14 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %13, !dbg !18
  %15 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #5, !dbg !19
  %16 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l"(ptr addrspace(1) %14, i64 %15) #5, !dbg !19
  %17 = extractvalue { i32, i32, i32, i32 } %16, 0, !dbg !19
  %18 = extractvalue { i32, i32, i32, i32 } %16, 1, !dbg !19
  %19 = extractvalue { i32, i32, i32, i32 } %16, 2, !dbg !19
  %20 = extractvalue { i32, i32, i32, i32 } %16, 3, !dbg !19
  %21 = bitcast i32 %17 to float, !dbg !19
  %22 = bitcast i32 %18 to float, !dbg !19
  %23 = bitcast i32 %19 to float, !dbg !19
  %24 = bitcast i32 %20 to float, !dbg !19
  %25 = sext i32 %11 to i64, !dbg !20
  %26 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %25, !dbg !20
  %27 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %26) #5, !dbg !21
  %28 = extractvalue { i32, i32, i32, i32 } %27, 0, !dbg !21
  %29 = extractvalue { i32, i32, i32, i32 } %27, 1, !dbg !21
  %30 = extractvalue { i32, i32, i32, i32 } %27, 2, !dbg !21
  %31 = extractvalue { i32, i32, i32, i32 } %27, 3, !dbg !21
  %32 = bitcast i32 %28 to float, !dbg !21
  %33 = bitcast i32 %29 to float, !dbg !21
  %34 = bitcast i32 %30 to float, !dbg !21
  %35 = bitcast i32 %31 to float, !dbg !21
  %36 = fadd float %21, %32, !dbg !22
  %37 = fadd float %22, %33, !dbg !22
  %38 = fadd float %23, %34, !dbg !22
  %39 = fadd float %24, %35, !dbg !22
  %40 = fmul float %36, f0x3F3504F3, !dbg !23
  %41 = fmul float %37, f0x3F3504F3, !dbg !23
  %42 = fmul float %38, f0x3F3504F3, !dbg !23
  %43 = fmul float %39, f0x3F3504F3, !dbg !23
  %44 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not.i = icmp eq i32 %44, 0, !dbg !24
  %45 = tail call float @llvm.nvvm.fabs.ftz.f32(float %40), !dbg !24
  %46 = tail call float @llvm.nvvm.fabs.f32(float %40), !dbg !24
  %.0.i = select i1 %.not.i, float %46, float %45, !dbg !24
  %47 = fcmp oge float %.0.i, 1.002960e+00, !dbg !24
  br i1 %47, label %__nv_fabsf.exit1.i, label %49, !dbg !24

__nv_fabsf.exit1.i:                               ; preds = %5
  %48 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not1.i = icmp eq i32 %48, 0, !dbg !24
  %.01.i = select i1 %.not1.i, float %46, float %45, !dbg !24
  br label %__internal_fmad.exit.i, !dbg !24

49:                                               ; preds = %5
  %50 = fmul float %40, %40, !dbg !24
  br label %__internal_fmad.exit.i, !dbg !24

__internal_fmad.exit.i:                           ; preds = %49, %__nv_fabsf.exit1.i
  %51 = phi float [ f0x3F210A14, %__nv_fabsf.exit1.i ], [ f0x3E0375D3, %49 ], !dbg !24
  %52 = phi float [ f0x3F69B4F9, %__nv_fabsf.exit1.i ], [ f0xBEC093AC, %49 ], !dbg !24
  %53 = phi float [ f0x3E235519, %__nv_fabsf.exit1.i ], [ f0x3DE718AF, %49 ], !dbg !24
  %54 = phi float [ f0xBD24D99A, %__nv_fabsf.exit1.i ], [ f0xBCDC1BE7, %49 ], !dbg !24
  %55 = phi float [ f0x3C09919F, %__nv_fabsf.exit1.i ], [ f0x3BAAD5EA, %49 ], !dbg !24
  %56 = phi float [ f0xBAAE005B, %__nv_fabsf.exit1.i ], [ f0xBA574D20, %49 ], !dbg !24
  %57 = phi float [ f0x38EB4C3A, %__nv_fabsf.exit1.i ], [ f0x38B1E96A, %49 ], !dbg !24
  %58 = phi float [ %.01.i, %__nv_fabsf.exit1.i ], [ %50, %49 ], !dbg !24
  %59 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not2.i = icmp eq i32 %59, 0, !dbg !24
  %60 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %57, float %58, float %56) #5, !dbg !24
  %61 = tail call float @llvm.nvvm.fma.rn.f(float %57, float %58, float %56) #5, !dbg !24
  %.02.i = select i1 %.not2.i, float %61, float %60, !dbg !24
  %62 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not3.i = icmp eq i32 %62, 0, !dbg !24
  %63 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.02.i, float %58, float %55) #5, !dbg !24
  %64 = tail call float @llvm.nvvm.fma.rn.f(float %.02.i, float %58, float %55) #5, !dbg !24
  %.03.i = select i1 %.not3.i, float %64, float %63, !dbg !24
  %65 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not4.i = icmp eq i32 %65, 0, !dbg !24
  %66 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.03.i, float %58, float %54) #5, !dbg !24
  %67 = tail call float @llvm.nvvm.fma.rn.f(float %.03.i, float %58, float %54) #5, !dbg !24
  %.04.i = select i1 %.not4.i, float %67, float %66, !dbg !24
  %68 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not5.i = icmp eq i32 %68, 0, !dbg !24
  %69 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.04.i, float %58, float %53) #5, !dbg !24
  %70 = tail call float @llvm.nvvm.fma.rn.f(float %.04.i, float %58, float %53) #5, !dbg !24
  %.05.i = select i1 %.not5.i, float %70, float %69, !dbg !24
  %71 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not6.i = icmp eq i32 %71, 0, !dbg !24
  %72 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.05.i, float %58, float %52) #5, !dbg !24
  %73 = tail call float @llvm.nvvm.fma.rn.f(float %.05.i, float %58, float %52) #5, !dbg !24
  %.06.i = select i1 %.not6.i, float %73, float %72, !dbg !24
  %74 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not7.i = icmp eq i32 %74, 0, !dbg !24
  %75 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.06.i, float %58, float %51) #5, !dbg !24
  %76 = tail call float @llvm.nvvm.fma.rn.f(float %.06.i, float %58, float %51) #5, !dbg !24
  %.07.i = select i1 %.not7.i, float %76, float %75, !dbg !24
  %77 = fneg float %58, !dbg !24
  %78 = select i1 %47, float %77, float %40, !dbg !24
  %79 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not8.i = icmp eq i32 %79, 0, !dbg !24
  %80 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.07.i, float %78, float %78) #5, !dbg !24
  %81 = tail call float @llvm.nvvm.fma.rn.f(float %.07.i, float %78, float %78) #5, !dbg !24
  %.08.i = select i1 %.not8.i, float %81, float %80, !dbg !24
  br i1 %47, label %82, label %__nv_erff.exit, !dbg !24

82:                                               ; preds = %__internal_fmad.exit.i
  %83 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %.08.i), !dbg !24
  %84 = fsub float 1.000000e+00, %83, !dbg !24
  %85 = bitcast float %84 to i32, !dbg !24
  %86 = bitcast float %40 to i32, !dbg !24
  %87 = and i32 %86, -2147483648, !dbg !24
  %88 = or i32 %87, %85, !dbg !24
  %89 = bitcast i32 %88 to float, !dbg !24
  br label %__nv_erff.exit, !dbg !24

__nv_erff.exit:                                   ; preds = %__internal_fmad.exit.i, %82
  %r.0.i = phi float [ %89, %82 ], [ %.08.i, %__internal_fmad.exit.i ], !dbg !24
  %90 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not.i1 = icmp eq i32 %90, 0, !dbg !24
  %91 = tail call float @llvm.nvvm.fabs.ftz.f32(float %41), !dbg !24
  %92 = tail call float @llvm.nvvm.fabs.f32(float %41), !dbg !24
  %.0.i2 = select i1 %.not.i1, float %92, float %91, !dbg !24
  %93 = fcmp oge float %.0.i2, 1.002960e+00, !dbg !24
  br i1 %93, label %__nv_fabsf.exit1.i19, label %95, !dbg !24

__nv_fabsf.exit1.i19:                             ; preds = %__nv_erff.exit
  %94 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not1.i20 = icmp eq i32 %94, 0, !dbg !24
  %.01.i21 = select i1 %.not1.i20, float %92, float %91, !dbg !24
  br label %__internal_fmad.exit.i3, !dbg !24

95:                                               ; preds = %__nv_erff.exit
  %96 = fmul float %41, %41, !dbg !24
  br label %__internal_fmad.exit.i3, !dbg !24

__internal_fmad.exit.i3:                          ; preds = %95, %__nv_fabsf.exit1.i19
  %97 = phi float [ f0x3F210A14, %__nv_fabsf.exit1.i19 ], [ f0x3E0375D3, %95 ], !dbg !24
  %98 = phi float [ f0x3F69B4F9, %__nv_fabsf.exit1.i19 ], [ f0xBEC093AC, %95 ], !dbg !24
  %99 = phi float [ f0x3E235519, %__nv_fabsf.exit1.i19 ], [ f0x3DE718AF, %95 ], !dbg !24
  %100 = phi float [ f0xBD24D99A, %__nv_fabsf.exit1.i19 ], [ f0xBCDC1BE7, %95 ], !dbg !24
  %101 = phi float [ f0x3C09919F, %__nv_fabsf.exit1.i19 ], [ f0x3BAAD5EA, %95 ], !dbg !24
  %102 = phi float [ f0xBAAE005B, %__nv_fabsf.exit1.i19 ], [ f0xBA574D20, %95 ], !dbg !24
  %103 = phi float [ f0x38EB4C3A, %__nv_fabsf.exit1.i19 ], [ f0x38B1E96A, %95 ], !dbg !24
  %104 = phi float [ %.01.i21, %__nv_fabsf.exit1.i19 ], [ %96, %95 ], !dbg !24
  %105 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not2.i4 = icmp eq i32 %105, 0, !dbg !24
  %106 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %103, float %104, float %102) #5, !dbg !24
  %107 = tail call float @llvm.nvvm.fma.rn.f(float %103, float %104, float %102) #5, !dbg !24
  %.02.i5 = select i1 %.not2.i4, float %107, float %106, !dbg !24
  %108 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not3.i6 = icmp eq i32 %108, 0, !dbg !24
  %109 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.02.i5, float %104, float %101) #5, !dbg !24
  %110 = tail call float @llvm.nvvm.fma.rn.f(float %.02.i5, float %104, float %101) #5, !dbg !24
  %.03.i7 = select i1 %.not3.i6, float %110, float %109, !dbg !24
  %111 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not4.i8 = icmp eq i32 %111, 0, !dbg !24
  %112 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.03.i7, float %104, float %100) #5, !dbg !24
  %113 = tail call float @llvm.nvvm.fma.rn.f(float %.03.i7, float %104, float %100) #5, !dbg !24
  %.04.i9 = select i1 %.not4.i8, float %113, float %112, !dbg !24
  %114 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not5.i10 = icmp eq i32 %114, 0, !dbg !24
  %115 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.04.i9, float %104, float %99) #5, !dbg !24
  %116 = tail call float @llvm.nvvm.fma.rn.f(float %.04.i9, float %104, float %99) #5, !dbg !24
  %.05.i11 = select i1 %.not5.i10, float %116, float %115, !dbg !24
  %117 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not6.i12 = icmp eq i32 %117, 0, !dbg !24
  %118 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.05.i11, float %104, float %98) #5, !dbg !24
  %119 = tail call float @llvm.nvvm.fma.rn.f(float %.05.i11, float %104, float %98) #5, !dbg !24
  %.06.i13 = select i1 %.not6.i12, float %119, float %118, !dbg !24
  %120 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not7.i14 = icmp eq i32 %120, 0, !dbg !24
  %121 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.06.i13, float %104, float %97) #5, !dbg !24
  %122 = tail call float @llvm.nvvm.fma.rn.f(float %.06.i13, float %104, float %97) #5, !dbg !24
  %.07.i15 = select i1 %.not7.i14, float %122, float %121, !dbg !24
  %123 = fneg float %104, !dbg !24
  %124 = select i1 %93, float %123, float %41, !dbg !24
  %125 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not8.i16 = icmp eq i32 %125, 0, !dbg !24
  %126 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.07.i15, float %124, float %124) #5, !dbg !24
  %127 = tail call float @llvm.nvvm.fma.rn.f(float %.07.i15, float %124, float %124) #5, !dbg !24
  %.08.i17 = select i1 %.not8.i16, float %127, float %126, !dbg !24
  br i1 %93, label %128, label %__nv_erff.exit22, !dbg !24

128:                                              ; preds = %__internal_fmad.exit.i3
  %129 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %.08.i17), !dbg !24
  %130 = fsub float 1.000000e+00, %129, !dbg !24
  %131 = bitcast float %130 to i32, !dbg !24
  %132 = bitcast float %41 to i32, !dbg !24
  %133 = and i32 %132, -2147483648, !dbg !24
  %134 = or i32 %133, %131, !dbg !24
  %135 = bitcast i32 %134 to float, !dbg !24
  br label %__nv_erff.exit22, !dbg !24

__nv_erff.exit22:                                 ; preds = %__internal_fmad.exit.i3, %128
  %r.0.i18 = phi float [ %135, %128 ], [ %.08.i17, %__internal_fmad.exit.i3 ], !dbg !24
  %136 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not.i23 = icmp eq i32 %136, 0, !dbg !24
  %137 = tail call float @llvm.nvvm.fabs.ftz.f32(float %42), !dbg !24
  %138 = tail call float @llvm.nvvm.fabs.f32(float %42), !dbg !24
  %.0.i24 = select i1 %.not.i23, float %138, float %137, !dbg !24
  %139 = fcmp oge float %.0.i24, 1.002960e+00, !dbg !24
  br i1 %139, label %__nv_fabsf.exit1.i41, label %141, !dbg !24

__nv_fabsf.exit1.i41:                             ; preds = %__nv_erff.exit22
  %140 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not1.i42 = icmp eq i32 %140, 0, !dbg !24
  %.01.i43 = select i1 %.not1.i42, float %138, float %137, !dbg !24
  br label %__internal_fmad.exit.i25, !dbg !24

141:                                              ; preds = %__nv_erff.exit22
  %142 = fmul float %42, %42, !dbg !24
  br label %__internal_fmad.exit.i25, !dbg !24

__internal_fmad.exit.i25:                         ; preds = %141, %__nv_fabsf.exit1.i41
  %143 = phi float [ f0x3F210A14, %__nv_fabsf.exit1.i41 ], [ f0x3E0375D3, %141 ], !dbg !24
  %144 = phi float [ f0x3F69B4F9, %__nv_fabsf.exit1.i41 ], [ f0xBEC093AC, %141 ], !dbg !24
  %145 = phi float [ f0x3E235519, %__nv_fabsf.exit1.i41 ], [ f0x3DE718AF, %141 ], !dbg !24
  %146 = phi float [ f0xBD24D99A, %__nv_fabsf.exit1.i41 ], [ f0xBCDC1BE7, %141 ], !dbg !24
  %147 = phi float [ f0x3C09919F, %__nv_fabsf.exit1.i41 ], [ f0x3BAAD5EA, %141 ], !dbg !24
  %148 = phi float [ f0xBAAE005B, %__nv_fabsf.exit1.i41 ], [ f0xBA574D20, %141 ], !dbg !24
  %149 = phi float [ f0x38EB4C3A, %__nv_fabsf.exit1.i41 ], [ f0x38B1E96A, %141 ], !dbg !24
  %150 = phi float [ %.01.i43, %__nv_fabsf.exit1.i41 ], [ %142, %141 ], !dbg !24
  %151 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not2.i26 = icmp eq i32 %151, 0, !dbg !24
  %152 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %149, float %150, float %148) #5, !dbg !24
  %153 = tail call float @llvm.nvvm.fma.rn.f(float %149, float %150, float %148) #5, !dbg !24
  %.02.i27 = select i1 %.not2.i26, float %153, float %152, !dbg !24
  %154 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not3.i28 = icmp eq i32 %154, 0, !dbg !24
  %155 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.02.i27, float %150, float %147) #5, !dbg !24
  %156 = tail call float @llvm.nvvm.fma.rn.f(float %.02.i27, float %150, float %147) #5, !dbg !24
  %.03.i29 = select i1 %.not3.i28, float %156, float %155, !dbg !24
  %157 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not4.i30 = icmp eq i32 %157, 0, !dbg !24
  %158 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.03.i29, float %150, float %146) #5, !dbg !24
  %159 = tail call float @llvm.nvvm.fma.rn.f(float %.03.i29, float %150, float %146) #5, !dbg !24
  %.04.i31 = select i1 %.not4.i30, float %159, float %158, !dbg !24
  %160 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not5.i32 = icmp eq i32 %160, 0, !dbg !24
  %161 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.04.i31, float %150, float %145) #5, !dbg !24
  %162 = tail call float @llvm.nvvm.fma.rn.f(float %.04.i31, float %150, float %145) #5, !dbg !24
  %.05.i33 = select i1 %.not5.i32, float %162, float %161, !dbg !24
  %163 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not6.i34 = icmp eq i32 %163, 0, !dbg !24
  %164 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.05.i33, float %150, float %144) #5, !dbg !24
  %165 = tail call float @llvm.nvvm.fma.rn.f(float %.05.i33, float %150, float %144) #5, !dbg !24
  %.06.i35 = select i1 %.not6.i34, float %165, float %164, !dbg !24
  %166 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not7.i36 = icmp eq i32 %166, 0, !dbg !24
  %167 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.06.i35, float %150, float %143) #5, !dbg !24
  %168 = tail call float @llvm.nvvm.fma.rn.f(float %.06.i35, float %150, float %143) #5, !dbg !24
  %.07.i37 = select i1 %.not7.i36, float %168, float %167, !dbg !24
  %169 = fneg float %150, !dbg !24
  %170 = select i1 %139, float %169, float %42, !dbg !24
  %171 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not8.i38 = icmp eq i32 %171, 0, !dbg !24
  %172 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.07.i37, float %170, float %170) #5, !dbg !24
  %173 = tail call float @llvm.nvvm.fma.rn.f(float %.07.i37, float %170, float %170) #5, !dbg !24
  %.08.i39 = select i1 %.not8.i38, float %173, float %172, !dbg !24
  br i1 %139, label %174, label %__nv_erff.exit44, !dbg !24

174:                                              ; preds = %__internal_fmad.exit.i25
  %175 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %.08.i39), !dbg !24
  %176 = fsub float 1.000000e+00, %175, !dbg !24
  %177 = bitcast float %176 to i32, !dbg !24
  %178 = bitcast float %42 to i32, !dbg !24
  %179 = and i32 %178, -2147483648, !dbg !24
  %180 = or i32 %179, %177, !dbg !24
  %181 = bitcast i32 %180 to float, !dbg !24
  br label %__nv_erff.exit44, !dbg !24

__nv_erff.exit44:                                 ; preds = %__internal_fmad.exit.i25, %174
  %r.0.i40 = phi float [ %181, %174 ], [ %.08.i39, %__internal_fmad.exit.i25 ], !dbg !24
  %182 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not.i45 = icmp eq i32 %182, 0, !dbg !24
  %183 = tail call float @llvm.nvvm.fabs.ftz.f32(float %43), !dbg !24
  %184 = tail call float @llvm.nvvm.fabs.f32(float %43), !dbg !24
  %.0.i46 = select i1 %.not.i45, float %184, float %183, !dbg !24
  %185 = fcmp oge float %.0.i46, 1.002960e+00, !dbg !24
  br i1 %185, label %__nv_fabsf.exit1.i63, label %187, !dbg !24

__nv_fabsf.exit1.i63:                             ; preds = %__nv_erff.exit44
  %186 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not1.i64 = icmp eq i32 %186, 0, !dbg !24
  %.01.i65 = select i1 %.not1.i64, float %184, float %183, !dbg !24
  br label %__internal_fmad.exit.i47, !dbg !24

187:                                              ; preds = %__nv_erff.exit44
  %188 = fmul float %43, %43, !dbg !24
  br label %__internal_fmad.exit.i47, !dbg !24

__internal_fmad.exit.i47:                         ; preds = %187, %__nv_fabsf.exit1.i63
  %189 = phi float [ f0x3F210A14, %__nv_fabsf.exit1.i63 ], [ f0x3E0375D3, %187 ], !dbg !24
  %190 = phi float [ f0x3F69B4F9, %__nv_fabsf.exit1.i63 ], [ f0xBEC093AC, %187 ], !dbg !24
  %191 = phi float [ f0x3E235519, %__nv_fabsf.exit1.i63 ], [ f0x3DE718AF, %187 ], !dbg !24
  %192 = phi float [ f0xBD24D99A, %__nv_fabsf.exit1.i63 ], [ f0xBCDC1BE7, %187 ], !dbg !24
  %193 = phi float [ f0x3C09919F, %__nv_fabsf.exit1.i63 ], [ f0x3BAAD5EA, %187 ], !dbg !24
  %194 = phi float [ f0xBAAE005B, %__nv_fabsf.exit1.i63 ], [ f0xBA574D20, %187 ], !dbg !24
  %195 = phi float [ f0x38EB4C3A, %__nv_fabsf.exit1.i63 ], [ f0x38B1E96A, %187 ], !dbg !24
  %196 = phi float [ %.01.i65, %__nv_fabsf.exit1.i63 ], [ %188, %187 ], !dbg !24
  %197 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not2.i48 = icmp eq i32 %197, 0, !dbg !24
  %198 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %195, float %196, float %194) #5, !dbg !24
  %199 = tail call float @llvm.nvvm.fma.rn.f(float %195, float %196, float %194) #5, !dbg !24
  %.02.i49 = select i1 %.not2.i48, float %199, float %198, !dbg !24
  %200 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not3.i50 = icmp eq i32 %200, 0, !dbg !24
  %201 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.02.i49, float %196, float %193) #5, !dbg !24
  %202 = tail call float @llvm.nvvm.fma.rn.f(float %.02.i49, float %196, float %193) #5, !dbg !24
  %.03.i51 = select i1 %.not3.i50, float %202, float %201, !dbg !24
  %203 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not4.i52 = icmp eq i32 %203, 0, !dbg !24
  %204 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.03.i51, float %196, float %192) #5, !dbg !24
  %205 = tail call float @llvm.nvvm.fma.rn.f(float %.03.i51, float %196, float %192) #5, !dbg !24
  %.04.i53 = select i1 %.not4.i52, float %205, float %204, !dbg !24
  %206 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not5.i54 = icmp eq i32 %206, 0, !dbg !24
  %207 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.04.i53, float %196, float %191) #5, !dbg !24
  %208 = tail call float @llvm.nvvm.fma.rn.f(float %.04.i53, float %196, float %191) #5, !dbg !24
  %.05.i55 = select i1 %.not5.i54, float %208, float %207, !dbg !24
  %209 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not6.i56 = icmp eq i32 %209, 0, !dbg !24
  %210 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.05.i55, float %196, float %190) #5, !dbg !24
  %211 = tail call float @llvm.nvvm.fma.rn.f(float %.05.i55, float %196, float %190) #5, !dbg !24
  %.06.i57 = select i1 %.not6.i56, float %211, float %210, !dbg !24
  %212 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not7.i58 = icmp eq i32 %212, 0, !dbg !24
  %213 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.06.i57, float %196, float %189) #5, !dbg !24
  %214 = tail call float @llvm.nvvm.fma.rn.f(float %.06.i57, float %196, float %189) #5, !dbg !24
  %.07.i59 = select i1 %.not7.i58, float %214, float %213, !dbg !24
  %215 = fneg float %196, !dbg !24
  %216 = select i1 %185, float %215, float %43, !dbg !24
  %217 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !24
  %.not8.i60 = icmp eq i32 %217, 0, !dbg !24
  %218 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.07.i59, float %216, float %216) #5, !dbg !24
  %219 = tail call float @llvm.nvvm.fma.rn.f(float %.07.i59, float %216, float %216) #5, !dbg !24
  %.08.i61 = select i1 %.not8.i60, float %219, float %218, !dbg !24
  br i1 %185, label %220, label %__nv_erff.exit66, !dbg !24

220:                                              ; preds = %__internal_fmad.exit.i47
  %221 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %.08.i61), !dbg !24
  %222 = fsub float 1.000000e+00, %221, !dbg !24
  %223 = bitcast float %222 to i32, !dbg !24
  %224 = bitcast float %43 to i32, !dbg !24
  %225 = and i32 %224, -2147483648, !dbg !24
  %226 = or i32 %225, %223, !dbg !24
  %227 = bitcast i32 %226 to float, !dbg !24
  br label %__nv_erff.exit66, !dbg !24

__nv_erff.exit66:                                 ; preds = %__internal_fmad.exit.i47, %220
  %r.0.i62 = phi float [ %227, %220 ], [ %.08.i61, %__internal_fmad.exit.i47 ], !dbg !24
  %228 = fmul float %39, 5.000000e-01, !dbg !25
  %229 = fmul float %38, 5.000000e-01, !dbg !25
  %230 = fmul float %37, 5.000000e-01, !dbg !25
  %231 = fmul float %36, 5.000000e-01, !dbg !25
  %232 = fadd float %r.0.i, 1.000000e+00, !dbg !26
  %233 = fadd float %r.0.i18, 1.000000e+00, !dbg !26
  %234 = fadd float %r.0.i40, 1.000000e+00, !dbg !26
  %235 = fadd float %r.0.i62, 1.000000e+00, !dbg !26
  %236 = fmul float %231, %232, !dbg !27
  %237 = fmul float %230, %233, !dbg !27
  %238 = fmul float %229, %234, !dbg !27
  %239 = fmul float %228, %235, !dbg !27
  %240 = bitcast float %236 to i32, !dbg !28
  %241 = bitcast float %237 to i32, !dbg !28
  %242 = bitcast float %238 to i32, !dbg !28
  %243 = bitcast float %239 to i32, !dbg !28
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %240, i32 %241, i32 %242, i32 %243, ptr addrspace(1) %26) #5, !dbg !28
  ret void, !dbg !29
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

declare i32 @__nvvm_reflect(ptr) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.ftz.f32(float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.f32(float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.f(float, float, float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #4

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "disable-tail-calls"="false" "frame-pointer"="all" "less-precise-fpmad"="false" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "stack-protector-buffer-size"="8" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "czsibdv35szxi2gefwolmiwhqallc5s2puy3n6w44ygpyrakgpkg.py", directory: "/tmp/torchinductor_root/zs")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_poi_fused_addmm_gelu_0", linkageName: "triton_poi_fused_addmm_gelu_0", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{null, !9, !9, !11, !12, !12}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 20, column: 15, scope: !6)
!15 = !DILocation(line: 21, column: 24, scope: !6)
!16 = !DILocation(line: 21, column: 14, scope: !6)
!17 = !DILocation(line: 23, column: 11, scope: !6)
!18 = !DILocation(line: 25, column: 20, scope: !6)
!19 = !DILocation(line: 25, column: 12, scope: !6)
!20 = !DILocation(line: 26, column: 20, scope: !6)
!21 = !DILocation(line: 26, column: 12, scope: !6)
!22 = !DILocation(line: 27, column: 12, scope: !6)
!23 = !DILocation(line: 31, column: 12, scope: !6)
!24 = !DILocation(line: 32, column: 12, scope: !6)
!25 = !DILocation(line: 29, column: 12, scope: !6)
!26 = !DILocation(line: 34, column: 12, scope: !6)
!27 = !DILocation(line: 35, column: 13, scope: !6)
!28 = !DILocation(line: 36, column: 5, scope: !6)
!29 = !DILocation(line: 18, column: 1, scope: !6)
