; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external addrspace(3) global [0 x i8], align 16
@.str = private unnamed_addr constant [11 x i8] c"__CUDA_FTZ\00", align 1

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused__softmax_exp_prepare_softmax_online_sub_1(ptr addrspace(1) %0, i32 %1, i32 %2, ptr addrspace(1) readnone captures(none) %3, ptr addrspace(1) readnone captures(none) %4) local_unnamed_addr #0 !dbg !5 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !8
  %7 = icmp samesign ult i32 %6, 64, !dbg !9
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !10
  %9 = and i32 %8, 63, !dbg !10
  %10 = and i32 %8, 31, !dbg !10
  %11 = lshr i32 %9, 5, !dbg !10
  %12 = shl nuw nsw i32 %8, 2, !dbg !10
  %13 = and i32 %12, 252, !dbg !10
  %14 = shl i32 %6, 8, !dbg !11
  %15 = or disjoint i32 %13, %14, !dbg !12
  %16 = sext i32 %15 to i64, !dbg !13
  %17 = getelementptr float, ptr addrspace(1) %0, i64 %16, !dbg !13
  %18 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, $4;\0A\09mov.u32 $1, $5;\0A\09mov.u32 $2, $6;\0A\09mov.u32 $3, $7;\0A\09@$9 ld.global.v4.b32 { $0, $1, $2, $3 }, [ $8 + 0 ];", "=r,=r,=r,=r,r,r,r,r,l,b"(i32 0, i32 0, i32 0, i32 0, ptr addrspace(1) %17, i1 %7) #6, !dbg !14
  %19 = extractvalue { i32, i32, i32, i32 } %18, 0, !dbg !14
  %20 = extractvalue { i32, i32, i32, i32 } %18, 1, !dbg !14
  %21 = extractvalue { i32, i32, i32, i32 } %18, 2, !dbg !14
  %22 = extractvalue { i32, i32, i32, i32 } %18, 3, !dbg !14
  %23 = bitcast i32 %19 to float, !dbg !14
  %24 = bitcast i32 %20 to float, !dbg !14
  %25 = bitcast i32 %21 to float, !dbg !14
  %26 = bitcast i32 %22 to float, !dbg !14
  %27 = select i1 %7, float %23, float 0xFFF0000000000000, !dbg !15
  %28 = select i1 %7, float %24, float 0xFFF0000000000000, !dbg !15
  %29 = select i1 %7, float %25, float 0xFFF0000000000000, !dbg !15
  %30 = select i1 %7, float %26, float 0xFFF0000000000000, !dbg !15
  %31 = fcmp ogt float %27, %28, !dbg !16
  %32 = fcmp uno float %27, 0.000000e+00, !dbg !22
  %33 = or i1 %31, %32, !dbg !23
  %34 = select i1 %33, float %27, float %28, !dbg !24
  %35 = fcmp ogt float %34, %29, !dbg !16
  %36 = fcmp uno float %34, 0.000000e+00, !dbg !22
  %37 = or i1 %35, %36, !dbg !23
  %38 = select i1 %37, float %34, float %29, !dbg !24
  %39 = fcmp ogt float %38, %30, !dbg !16
  %40 = fcmp uno float %38, 0.000000e+00, !dbg !22
  %41 = or i1 %39, %40, !dbg !23
  %42 = select i1 %41, float %38, float %30, !dbg !24
  %43 = bitcast float %42 to i32, !dbg !19
  %44 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %43, i32 16, i32 31), !dbg !19
  %45 = bitcast i32 %44 to float, !dbg !19
  %46 = fcmp ogt float %42, %45, !dbg !16
  %47 = fcmp uno float %42, 0.000000e+00, !dbg !22
  %48 = or i1 %46, %47, !dbg !23
  %49 = select i1 %48, float %42, float %45, !dbg !24
  %50 = bitcast float %49 to i32, !dbg !19
  %51 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %50, i32 8, i32 31), !dbg !19
  %52 = bitcast i32 %51 to float, !dbg !19
  %53 = fcmp ogt float %49, %52, !dbg !16
  %54 = fcmp uno float %49, 0.000000e+00, !dbg !22
  %55 = or i1 %53, %54, !dbg !23
  %56 = select i1 %55, float %49, float %52, !dbg !24
  %57 = bitcast float %56 to i32, !dbg !19
  %58 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %57, i32 4, i32 31), !dbg !19
  %59 = bitcast i32 %58 to float, !dbg !19
  %60 = fcmp ogt float %56, %59, !dbg !16
  %61 = fcmp uno float %56, 0.000000e+00, !dbg !22
  %62 = or i1 %60, %61, !dbg !23
  %63 = select i1 %62, float %56, float %59, !dbg !24
  %64 = bitcast float %63 to i32, !dbg !19
  %65 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %64, i32 2, i32 31), !dbg !19
  %66 = bitcast i32 %65 to float, !dbg !19
  %67 = fcmp ogt float %63, %66, !dbg !16
  %68 = fcmp uno float %63, 0.000000e+00, !dbg !22
  %69 = or i1 %67, %68, !dbg !23
  %70 = select i1 %69, float %63, float %66, !dbg !24
  %71 = bitcast float %70 to i32, !dbg !19
  %72 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %71, i32 1, i32 31), !dbg !19
  %73 = bitcast i32 %72 to float, !dbg !19
  %74 = fcmp ogt float %70, %73, !dbg !16
  %75 = fcmp uno float %70, 0.000000e+00, !dbg !22
  %76 = or i1 %74, %75, !dbg !23
  %77 = icmp eq i32 %10, 0, !dbg !19
  %78 = getelementptr float, ptr addrspace(3) @global_smem, i32 %11, !dbg !19
  %79 = select i1 %76, i32 %71, i32 %72, !dbg !24
  %80 = insertelement <1 x i32> poison, i32 %79, i64 0, !dbg !19
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %78, <1 x i32> %80, i1 %77) #6, !dbg !19
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !19
  %81 = icmp samesign ult i32 %9, 2, !dbg !19
  %82 = getelementptr float, ptr addrspace(3) @global_smem, i32 %9, !dbg !19
  %83 = tail call i32 asm sideeffect "@$2 ld.shared.b32 $0, [ $1 + 0 ];", "=r,r,b"(ptr addrspace(3) %82, i1 %81) #6, !dbg !19
  %84 = bitcast i32 %83 to float, !dbg !19
  %85 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %83, i32 1, i32 31), !dbg !19
  %86 = bitcast i32 %85 to float, !dbg !19
  %87 = fcmp ogt float %84, %86, !dbg !16
  %88 = fcmp uno float %84, 0.000000e+00, !dbg !22
  %89 = or i1 %88, %87, !dbg !23
  %90 = and i32 %8, 1, !dbg !19
  %91 = icmp eq i32 %90, 0, !dbg !19
  %92 = and i1 %81, %91, !dbg !19
  %93 = select i1 %89, i32 %83, i32 %85, !dbg !24
  %94 = insertelement <1 x i32> poison, i32 %93, i64 0, !dbg !19
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %82, <1 x i32> %94, i1 %92) #6, !dbg !19
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !19
  %95 = load float, ptr addrspace(3) @global_smem, align 16, !dbg !19
  %96 = fsub float %23, %95, !dbg !25
  %97 = fsub float %24, %95, !dbg !25
  %98 = fsub float %25, %95, !dbg !25
  %99 = fsub float %26, %95, !dbg !25
  %100 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not.i = icmp eq i32 %100, 0, !dbg !26
  %101 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %96, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %102 = tail call float @llvm.nvvm.fma.rn.f(float %96, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %.02.i = select i1 %.not.i, float %102, float %101, !dbg !26
  %103 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not1.i = icmp eq i32 %103, 0, !dbg !26
  %104 = tail call float @llvm.nvvm.saturate.ftz.f(float %.02.i) #6, !dbg !26
  %105 = tail call float @llvm.nvvm.saturate.f(float %.02.i) #6, !dbg !26
  %.03.i = select i1 %.not1.i, float %105, float %104, !dbg !26
  %106 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %107 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %.03.i, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %108 = tail call float @llvm.nvvm.fma.rm.f(float %.03.i, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %109 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not3.i = icmp eq i32 %109, 0, !dbg !26
  %110 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not4.i = icmp eq i32 %110, 0, !dbg !26
  %111 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not.i1 = icmp eq i32 %111, 0, !dbg !26
  %112 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %97, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %113 = tail call float @llvm.nvvm.fma.rn.f(float %97, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %.02.i2 = select i1 %.not.i1, float %113, float %112, !dbg !26
  %114 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not1.i3 = icmp eq i32 %114, 0, !dbg !26
  %115 = tail call float @llvm.nvvm.saturate.ftz.f(float %.02.i2) #6, !dbg !26
  %116 = tail call float @llvm.nvvm.saturate.f(float %.02.i2) #6, !dbg !26
  %.03.i4 = select i1 %.not1.i3, float %116, float %115, !dbg !26
  %117 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %118 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %.03.i4, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %119 = tail call float @llvm.nvvm.fma.rm.f(float %.03.i4, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %120 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not3.i7 = icmp eq i32 %120, 0, !dbg !26
  %121 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not4.i9 = icmp eq i32 %121, 0, !dbg !26
  %122 = insertelement <2 x i32> poison, i32 %106, i64 0, !dbg !26
  %123 = insertelement <2 x i32> %122, i32 %117, i64 1, !dbg !26
  %124 = icmp eq <2 x i32> %123, zeroinitializer, !dbg !26
  %125 = insertelement <2 x float> poison, float %108, i64 0, !dbg !26
  %126 = insertelement <2 x float> %125, float %119, i64 1, !dbg !26
  %127 = insertelement <2 x float> poison, float %107, i64 0, !dbg !26
  %128 = insertelement <2 x float> %127, float %118, i64 1, !dbg !26
  %129 = select <2 x i1> %124, <2 x float> %126, <2 x float> %128, !dbg !26
  %130 = extractelement <2 x float> %129, i64 0, !dbg !26
  %131 = fadd float %130, 0xC168000FE0000000, !dbg !26
  %132 = fneg float %131, !dbg !26
  %133 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %96, float 0x3FF7154760000000, float %132) #6, !dbg !26
  %134 = tail call float @llvm.nvvm.fma.rn.f(float %96, float 0x3FF7154760000000, float %132) #6, !dbg !26
  %.0.i = select i1 %.not3.i, float %134, float %133, !dbg !26
  %135 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %96, float 0x3E54AE0C00000000, float %.0.i) #6, !dbg !26
  %136 = tail call float @llvm.nvvm.fma.rn.f(float %96, float 0x3E54AE0C00000000, float %.0.i) #6, !dbg !26
  %.01.i = select i1 %.not4.i, float %136, float %135, !dbg !26
  %137 = tail call float @llvm.nvvm.ex2.approx.ftz.f(float %.01.i) #6, !dbg !26
  %138 = extractelement <2 x float> %129, i64 1, !dbg !26
  %139 = fadd float %138, 0xC168000FE0000000, !dbg !26
  %140 = fneg float %139, !dbg !26
  %141 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %97, float 0x3FF7154760000000, float %140) #6, !dbg !26
  %142 = tail call float @llvm.nvvm.fma.rn.f(float %97, float 0x3FF7154760000000, float %140) #6, !dbg !26
  %.0.i8 = select i1 %.not3.i7, float %142, float %141, !dbg !26
  %143 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %97, float 0x3E54AE0C00000000, float %.0.i8) #6, !dbg !26
  %144 = tail call float @llvm.nvvm.fma.rn.f(float %97, float 0x3E54AE0C00000000, float %.0.i8) #6, !dbg !26
  %.01.i10 = select i1 %.not4.i9, float %144, float %143, !dbg !26
  %145 = bitcast <2 x float> %129 to <2 x i32>, !dbg !26
  %146 = shl <2 x i32> %145, splat (i32 23), !dbg !26
  %147 = bitcast <2 x i32> %146 to <2 x float>, !dbg !26
  %148 = tail call float @llvm.nvvm.ex2.approx.ftz.f(float %.01.i10) #6, !dbg !26
  %149 = insertelement <2 x float> poison, float %137, i64 0, !dbg !26
  %150 = insertelement <2 x float> %149, float %148, i64 1, !dbg !26
  %151 = fmul <2 x float> %150, %147, !dbg !26
  %152 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not.i11 = icmp eq i32 %152, 0, !dbg !26
  %153 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %98, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %154 = tail call float @llvm.nvvm.fma.rn.f(float %98, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %.02.i12 = select i1 %.not.i11, float %154, float %153, !dbg !26
  %155 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not1.i13 = icmp eq i32 %155, 0, !dbg !26
  %156 = tail call float @llvm.nvvm.saturate.ftz.f(float %.02.i12) #6, !dbg !26
  %157 = tail call float @llvm.nvvm.saturate.f(float %.02.i12) #6, !dbg !26
  %.03.i14 = select i1 %.not1.i13, float %157, float %156, !dbg !26
  %158 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %159 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %.03.i14, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %160 = tail call float @llvm.nvvm.fma.rm.f(float %.03.i14, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %161 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not3.i17 = icmp eq i32 %161, 0, !dbg !26
  %162 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not4.i19 = icmp eq i32 %162, 0, !dbg !26
  %163 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not.i21 = icmp eq i32 %163, 0, !dbg !26
  %164 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %99, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %165 = tail call float @llvm.nvvm.fma.rn.f(float %99, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !26
  %.02.i22 = select i1 %.not.i21, float %165, float %164, !dbg !26
  %166 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not1.i23 = icmp eq i32 %166, 0, !dbg !26
  %167 = tail call float @llvm.nvvm.saturate.ftz.f(float %.02.i22) #6, !dbg !26
  %168 = tail call float @llvm.nvvm.saturate.f(float %.02.i22) #6, !dbg !26
  %.03.i24 = select i1 %.not1.i23, float %168, float %167, !dbg !26
  %169 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %170 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %.03.i24, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %171 = tail call float @llvm.nvvm.fma.rm.f(float %.03.i24, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !26
  %172 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not3.i27 = icmp eq i32 %172, 0, !dbg !26
  %173 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !26
  %.not4.i29 = icmp eq i32 %173, 0, !dbg !26
  %174 = insertelement <2 x i32> poison, i32 %158, i64 0, !dbg !26
  %175 = insertelement <2 x i32> %174, i32 %169, i64 1, !dbg !26
  %176 = icmp eq <2 x i32> %175, zeroinitializer, !dbg !26
  %177 = insertelement <2 x float> poison, float %160, i64 0, !dbg !26
  %178 = insertelement <2 x float> %177, float %171, i64 1, !dbg !26
  %179 = insertelement <2 x float> poison, float %159, i64 0, !dbg !26
  %180 = insertelement <2 x float> %179, float %170, i64 1, !dbg !26
  %181 = select <2 x i1> %176, <2 x float> %178, <2 x float> %180, !dbg !26
  %182 = extractelement <2 x float> %181, i64 0, !dbg !26
  %183 = fadd float %182, 0xC168000FE0000000, !dbg !26
  %184 = fneg float %183, !dbg !26
  %185 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %98, float 0x3FF7154760000000, float %184) #6, !dbg !26
  %186 = tail call float @llvm.nvvm.fma.rn.f(float %98, float 0x3FF7154760000000, float %184) #6, !dbg !26
  %.0.i18 = select i1 %.not3.i17, float %186, float %185, !dbg !26
  %187 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %98, float 0x3E54AE0C00000000, float %.0.i18) #6, !dbg !26
  %188 = tail call float @llvm.nvvm.fma.rn.f(float %98, float 0x3E54AE0C00000000, float %.0.i18) #6, !dbg !26
  %.01.i20 = select i1 %.not4.i19, float %188, float %187, !dbg !26
  %189 = tail call float @llvm.nvvm.ex2.approx.ftz.f(float %.01.i20) #6, !dbg !26
  %190 = extractelement <2 x float> %181, i64 1, !dbg !26
  %191 = fadd float %190, 0xC168000FE0000000, !dbg !26
  %192 = fneg float %191, !dbg !26
  %193 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %99, float 0x3FF7154760000000, float %192) #6, !dbg !26
  %194 = tail call float @llvm.nvvm.fma.rn.f(float %99, float 0x3FF7154760000000, float %192) #6, !dbg !26
  %.0.i28 = select i1 %.not3.i27, float %194, float %193, !dbg !26
  %195 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %99, float 0x3E54AE0C00000000, float %.0.i28) #6, !dbg !26
  %196 = tail call float @llvm.nvvm.fma.rn.f(float %99, float 0x3E54AE0C00000000, float %.0.i28) #6, !dbg !26
  %.01.i30 = select i1 %.not4.i29, float %196, float %195, !dbg !26
  %197 = bitcast <2 x float> %181 to <2 x i32>, !dbg !26
  %198 = shl <2 x i32> %197, splat (i32 23), !dbg !26
  %199 = bitcast <2 x i32> %198 to <2 x float>, !dbg !26
  %200 = tail call float @llvm.nvvm.ex2.approx.ftz.f(float %.01.i30) #6, !dbg !26
  %201 = insertelement <2 x float> poison, float %189, i64 0, !dbg !26
  %202 = insertelement <2 x float> %201, float %200, i64 1, !dbg !26
  %203 = fmul <2 x float> %202, %199, !dbg !26
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %204 = extractelement <2 x float> %151, i64 0, !dbg !31
  %205 = extractelement <2 x float> %151, i64 1, !dbg !31
  %206 = fadd float %204, %205, !dbg !32
  %207 = extractelement <2 x float> %203, i64 0, !dbg !31
  %208 = fadd float %206, %207, !dbg !32
  %209 = extractelement <2 x float> %203, i64 1, !dbg !31
  %210 = fadd float %208, %209, !dbg !32
  %211 = select i1 %7, float %210, float 0.000000e+00, !dbg !32
  %212 = bitcast float %211 to i32, !dbg !27
  %213 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %212, i32 16, i32 31), !dbg !27
  %214 = bitcast i32 %213 to float, !dbg !27
  %215 = fadd float %211, %214, !dbg !32
  %216 = bitcast float %215 to i32, !dbg !27
  %217 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %216, i32 8, i32 31), !dbg !27
  %218 = bitcast i32 %217 to float, !dbg !27
  %219 = fadd float %215, %218, !dbg !32
  %220 = bitcast float %219 to i32, !dbg !27
  %221 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %220, i32 4, i32 31), !dbg !27
  %222 = bitcast i32 %221 to float, !dbg !27
  %223 = fadd float %219, %222, !dbg !32
  %224 = bitcast float %223 to i32, !dbg !27
  %225 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %224, i32 2, i32 31), !dbg !27
  %226 = bitcast i32 %225 to float, !dbg !27
  %227 = fadd float %223, %226, !dbg !32
  %228 = bitcast float %227 to i32, !dbg !27
  %229 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %228, i32 1, i32 31), !dbg !27
  %230 = bitcast i32 %229 to float, !dbg !27
  %231 = fadd float %227, %230, !dbg !32
  %232 = bitcast float %231 to <1 x i32>, !dbg !27
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %78, <1 x i32> %232, i1 %77) #6, !dbg !27
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %233 = tail call i32 asm sideeffect "@$2 ld.shared.b32 $0, [ $1 + 0 ];", "=r,r,b"(ptr addrspace(3) %82, i1 %81) #6, !dbg !27
  %234 = bitcast i32 %233 to float, !dbg !27
  %235 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %233, i32 1, i32 31), !dbg !27
  %236 = bitcast i32 %235 to float, !dbg !27
  %237 = fadd float %234, %236, !dbg !32
  %238 = bitcast float %237 to <1 x i32>, !dbg !27
  tail call void asm sideeffect "@$2 st.shared.b32 [ $0 + 0 ], $1;", "r,r,b"(ptr addrspace(3) %82, <1 x i32> %238, i1 %92) #6, !dbg !27
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %239 = load float, ptr addrspace(3) @global_smem, align 16, !dbg !27
  %240 = tail call float @llvm.nvvm.div.full(float %204, float %239), !dbg !31
  %241 = tail call float @llvm.nvvm.div.full(float %205, float %239), !dbg !31
  %242 = tail call float @llvm.nvvm.div.full(float %207, float %239), !dbg !31
  %243 = tail call float @llvm.nvvm.div.full(float %209, float %239), !dbg !31
  %244 = bitcast float %240 to i32, !dbg !33
  %245 = bitcast float %241 to i32, !dbg !33
  %246 = bitcast float %242 to i32, !dbg !33
  %247 = bitcast float %243 to i32, !dbg !33
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %244, i32 %245, i32 %246, i32 %247, ptr addrspace(1) %17, i1 %7) #6, !dbg !33
  ret void, !dbg !34
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32, i32, i32, i32) #2

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #4

declare i32 @__nvvm_reflect(ptr) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.ftz.f(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.f(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.ftz.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f(float) #4

attributes #0 = { nounwind "nvvm.reqntid"="64" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { "disable-tail-calls"="false" "frame-pointer"="all" "less-precise-fpmad"="false" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "stack-protector-buffer-size"="8" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cb65kztfnpz4ajo5pw2jgvnblh7rrppqspwlr4zh6cbrm7shiqv5.py", directory: "/tmp/torchinductor_root/b6")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = distinct !DISubprogram(name: "triton_per_fused__softmax_exp_prepare_softmax_online_sub_1", linkageName: "triton_per_fused__softmax_exp_prepare_softmax_online_sub_1", scope: !1, file: !1, line: 18, type: !6, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(cc: DW_CC_normal, types: !7)
!7 = !{}
!8 = !DILocation(line: 24, column: 28, scope: !5)
!9 = !DILocation(line: 26, column: 21, scope: !5)
!10 = !DILocation(line: 27, column: 38, scope: !5)
!11 = !DILocation(line: 34, column: 45, scope: !5)
!12 = !DILocation(line: 34, column: 41, scope: !5)
!13 = !DILocation(line: 34, column: 34, scope: !5)
!14 = !DILocation(line: 34, column: 50, scope: !5)
!15 = !DILocation(line: 37, column: 33, scope: !5)
!16 = !DILocation(line: 116, column: 15, scope: !17, inlinedAt: !19)
!17 = distinct !DILexicalBlockFile(scope: !5, file: !18, discriminator: 0)
!18 = !DIFile(filename: "triton_helpers.py", directory: "/opt/torch/.venv/lib/python3.12/site-packages/torch/_inductor/runtime")
!19 = !DILocation(line: 129, column: 29, scope: !17, inlinedAt: !20)
!20 = !DILocation(line: 38, column: 37, scope: !21)
!21 = distinct !DILexicalBlockFile(scope: !5, file: !1, discriminator: 0)
!22 = !DILocation(line: 118, column: 21, scope: !17, inlinedAt: !19)
!23 = !DILocation(line: 118, column: 16, scope: !17, inlinedAt: !19)
!24 = !DILocation(line: 119, column: 29, scope: !17, inlinedAt: !19)
!25 = !DILocation(line: 39, column: 18, scope: !5)
!26 = !DILocation(line: 40, column: 25, scope: !5)
!27 = !DILocation(line: 293, column: 36, scope: !28, inlinedAt: !30)
!28 = distinct !DILexicalBlockFile(scope: !5, file: !29, discriminator: 0)
!29 = !DIFile(filename: "standard.py", directory: "/opt/torch/.venv/lib/python3.12/site-packages/triton/language")
!30 = !DILocation(line: 43, column: 26, scope: !21)
!31 = !DILocation(line: 46, column: 21, scope: !5)
!32 = !DILocation(line: 263, column: 15, scope: !28, inlinedAt: !27)
!33 = !DILocation(line: 47, column: 51, scope: !5)
!34 = !DILocation(line: 47, column: 4, scope: !5)
