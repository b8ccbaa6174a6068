; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16
@.str = private unnamed_addr constant [11 x i8] c"__CUDA_FTZ\00", align 1

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused__softmax_prepare_softmax_online_1(ptr addrspace(1) %0, i32 %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = icmp samesign ult i32 %6, 64, !dbg !15
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !16
  %9 = shl nuw nsw i32 %8, 2, !dbg !16
  %10 = and i32 %9, 252, !dbg !16
  %11 = shl i32 %6, 8, !dbg !17
  %12 = or disjoint i32 %10, %11, !dbg !18
  %13 = sext i32 %12 to i64, !dbg !19
  %14 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %13, !dbg !19
  %15 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"() #8, !dbg !20
  %16 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, $4;\0A\09mov.u32 $1, $5;\0A\09mov.u32 $2, $6;\0A\09mov.u32 $3, $7;\0A\09@$10 ld.global.L1::evict_first.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $8 + 0 ], $9;", "=r,=r,=r,=r,r,r,r,r,l,l,b"(i32 0, i32 0, i32 0, i32 0, ptr addrspace(1) %14, i64 %15, i1 %7) #8, !dbg !20
  %17 = extractvalue { i32, i32, i32, i32 } %16, 0, !dbg !20
  %18 = extractvalue { i32, i32, i32, i32 } %16, 1, !dbg !20
  %19 = extractvalue { i32, i32, i32, i32 } %16, 2, !dbg !20
  %20 = extractvalue { i32, i32, i32, i32 } %16, 3, !dbg !20
  %21 = bitcast i32 %17 to float, !dbg !20
  %22 = bitcast i32 %18 to float, !dbg !20
  %23 = bitcast i32 %19 to float, !dbg !20
  %24 = bitcast i32 %20 to float, !dbg !20
  %25 = select i1 %7, float %21, float -inf, !dbg !21
  %26 = select i1 %7, float %22, float -inf, !dbg !21
  %27 = select i1 %7, float %23, float -inf, !dbg !21
  %28 = select i1 %7, float %24, float -inf, !dbg !21
  %29 = fcmp ogt float %25, %26, !dbg !22
  %30 = fcmp uno float %25, 0.000000e+00, !dbg !28
  %31 = or i1 %29, %30, !dbg !29
  %32 = select i1 %31, float %25, float %26, !dbg !30
  %33 = fcmp ogt float %27, %28, !dbg !22
  %34 = fcmp uno float %27, 0.000000e+00, !dbg !28
  %35 = or i1 %33, %34, !dbg !29
  %36 = select i1 %35, float %27, float %28, !dbg !30
  %37 = fcmp ogt float %32, %36, !dbg !22
  %38 = fcmp uno float %32, 0.000000e+00, !dbg !28
  %39 = or i1 %37, %38, !dbg !29
  %40 = select i1 %39, float %32, float %36, !dbg !30
  %41 = bitcast float %40 to i32, !dbg !25
  %42 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %41, i32 16, i32 31), !dbg !25
  %43 = bitcast i32 %42 to float, !dbg !25
  %44 = fcmp ogt float %40, %43, !dbg !22
  %45 = fcmp uno float %40, 0.000000e+00, !dbg !28
  %46 = or i1 %44, %45, !dbg !29
  %47 = select i1 %46, float %40, float %43, !dbg !30
  %48 = bitcast float %47 to i32, !dbg !25
  %49 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %48, i32 8, i32 31), !dbg !25
  %50 = bitcast i32 %49 to float, !dbg !25
  %51 = fcmp ogt float %47, %50, !dbg !22
  %52 = fcmp uno float %47, 0.000000e+00, !dbg !28
  %53 = or i1 %51, %52, !dbg !29
  %54 = select i1 %53, float %47, float %50, !dbg !30
  %55 = bitcast float %54 to i32, !dbg !25
  %56 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %55, i32 4, i32 31), !dbg !25
  %57 = bitcast i32 %56 to float, !dbg !25
  %58 = fcmp ogt float %54, %57, !dbg !22
  %59 = fcmp uno float %54, 0.000000e+00, !dbg !28
  %60 = or i1 %58, %59, !dbg !29
  %61 = select i1 %60, float %54, float %57, !dbg !30
  %62 = bitcast float %61 to i32, !dbg !25
  %63 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %62, i32 2, i32 31), !dbg !25
  %64 = bitcast i32 %63 to float, !dbg !25
  %65 = fcmp ogt float %61, %64, !dbg !22
  %66 = fcmp uno float %61, 0.000000e+00, !dbg !28
  %67 = or i1 %65, %66, !dbg !29
  %68 = select i1 %67, float %61, float %64, !dbg !30
  %69 = bitcast float %68 to i32, !dbg !25
  %70 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %69, i32 1, i32 31), !dbg !25
  %71 = bitcast i32 %70 to float, !dbg !25
  %72 = fcmp ogt float %68, %71, !dbg !22
  %73 = fcmp uno float %68, 0.000000e+00, !dbg !28
  %74 = or i1 %72, %73, !dbg !29
  %75 = lshr i32 %8, 3, !dbg !25
  %76 = and i32 %75, 4, !dbg !25
  %77 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %76, !dbg !25
  %78 = select i1 %74, i32 %69, i32 %70, !dbg !30
  %79 = insertelement <1 x i32> poison, i32 %78, i64 0, !dbg !25
  store <1 x i32> %79, ptr addrspace(3) %77, align 4, !dbg !25
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !25
  %80 = and i32 %9, 4, !dbg !25
  %81 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %80, !dbg !25
  %82 = load i32, ptr addrspace(3) %81, align 4, !dbg !25
  %83 = bitcast i32 %82 to float, !dbg !25
  %84 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %82, i32 1, i32 31), !dbg !25
  %85 = bitcast i32 %84 to float, !dbg !25
  %86 = fcmp ogt float %83, %85, !dbg !22
  %87 = fcmp uno float %83, 0.000000e+00, !dbg !28
  %88 = or i1 %87, %86, !dbg !29
  %89 = select i1 %88, float %83, float %85, !dbg !30
  %90 = fsub float %21, %89, !dbg !31
  %91 = fsub float %22, %89, !dbg !31
  %92 = fsub float %23, %89, !dbg !31
  %93 = fsub float %24, %89, !dbg !31
  %94 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %95 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %90, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %96 = tail call float @llvm.nvvm.fma.rn.f(float %90, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %97 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %98 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %99 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %100 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %101 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %102 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %91, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %103 = tail call float @llvm.nvvm.fma.rn.f(float %91, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %104 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %105 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %106 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %107 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %108 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %109 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %110 = tail call float @llvm.nvvm.fma.rn.f(float %92, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %111 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %112 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %113 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %114 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %115 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %116 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %93, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %117 = tail call float @llvm.nvvm.fma.rn.f(float %93, float 5.724980e-03, float 5.000000e-01) #8, !dbg !32
  %118 = insertelement <4 x i32> poison, i32 %94, i64 0, !dbg !32
  %119 = insertelement <4 x i32> %118, i32 %101, i64 1, !dbg !32
  %120 = insertelement <4 x i32> %119, i32 %108, i64 2, !dbg !32
  %121 = insertelement <4 x i32> %120, i32 %115, i64 3, !dbg !32
  %122 = icmp eq <4 x i32> %121, zeroinitializer, !dbg !32
  %123 = insertelement <4 x float> poison, float %96, i64 0, !dbg !32
  %124 = insertelement <4 x float> %123, float %103, i64 1, !dbg !32
  %125 = insertelement <4 x float> %124, float %110, i64 2, !dbg !32
  %126 = insertelement <4 x float> %125, float %117, i64 3, !dbg !32
  %127 = insertelement <4 x float> poison, float %95, i64 0, !dbg !32
  %128 = insertelement <4 x float> %127, float %102, i64 1, !dbg !32
  %129 = insertelement <4 x float> %128, float %109, i64 2, !dbg !32
  %130 = insertelement <4 x float> %129, float %116, i64 3, !dbg !32
  %131 = select <4 x i1> %122, <4 x float> %126, <4 x float> %130, !dbg !32
  %132 = extractelement <4 x float> %131, i64 0, !dbg !32
  %133 = tail call float @llvm.nvvm.saturate.ftz.f(float %132) #8, !dbg !32
  %134 = tail call float @llvm.nvvm.saturate.f(float %132) #8, !dbg !32
  %135 = extractelement <4 x float> %131, i64 1, !dbg !32
  %136 = tail call float @llvm.nvvm.saturate.ftz.f(float %135) #8, !dbg !32
  %137 = tail call float @llvm.nvvm.saturate.f(float %135) #8, !dbg !32
  %138 = extractelement <4 x float> %131, i64 2, !dbg !32
  %139 = tail call float @llvm.nvvm.saturate.ftz.f(float %138) #8, !dbg !32
  %140 = tail call float @llvm.nvvm.saturate.f(float %138) #8, !dbg !32
  %141 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %142 = extractelement <4 x float> %131, i64 3, !dbg !32
  %143 = tail call float @llvm.nvvm.saturate.ftz.f(float %142) #8, !dbg !32
  %144 = tail call float @llvm.nvvm.saturate.f(float %142) #8, !dbg !32
  %145 = insertelement <4 x i32> poison, i32 %97, i64 0, !dbg !32
  %146 = insertelement <4 x i32> %145, i32 %104, i64 1, !dbg !32
  %147 = insertelement <4 x i32> %146, i32 %111, i64 2, !dbg !32
  %148 = insertelement <4 x i32> %147, i32 %141, i64 3, !dbg !32
  %149 = icmp eq <4 x i32> %148, zeroinitializer, !dbg !32
  %150 = insertelement <4 x float> poison, float %134, i64 0, !dbg !32
  %151 = insertelement <4 x float> %150, float %137, i64 1, !dbg !32
  %152 = insertelement <4 x float> %151, float %140, i64 2, !dbg !32
  %153 = insertelement <4 x float> %152, float %144, i64 3, !dbg !32
  %154 = insertelement <4 x float> poison, float %133, i64 0, !dbg !32
  %155 = insertelement <4 x float> %154, float %136, i64 1, !dbg !32
  %156 = insertelement <4 x float> %155, float %139, i64 2, !dbg !32
  %157 = insertelement <4 x float> %156, float %143, i64 3, !dbg !32
  %158 = select <4 x i1> %149, <4 x float> %153, <4 x float> %157, !dbg !32
  %159 = extractelement <4 x float> %158, i64 0, !dbg !32
  %160 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %159, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %161 = tail call float @llvm.nvvm.fma.rm.f(float %159, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %162 = extractelement <4 x float> %158, i64 1, !dbg !32
  %163 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %162, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %164 = tail call float @llvm.nvvm.fma.rm.f(float %162, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %165 = extractelement <4 x float> %158, i64 2, !dbg !32
  %166 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %165, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %167 = tail call float @llvm.nvvm.fma.rm.f(float %165, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %168 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %169 = extractelement <4 x float> %158, i64 3, !dbg !32
  %170 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %169, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %171 = tail call float @llvm.nvvm.fma.rm.f(float %169, float 2.520000e+02, float f0x4B400001) #8, !dbg !32
  %172 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %173 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #8, !dbg !32
  %174 = insertelement <4 x i32> poison, i32 %98, i64 0, !dbg !32
  %175 = insertelement <4 x i32> %174, i32 %105, i64 1, !dbg !32
  %176 = insertelement <4 x i32> %175, i32 %112, i64 2, !dbg !32
  %177 = insertelement <4 x i32> %176, i32 %168, i64 3, !dbg !32
  %178 = icmp eq <4 x i32> %177, zeroinitializer, !dbg !32
  %179 = insertelement <4 x float> poison, float %161, i64 0, !dbg !32
  %180 = insertelement <4 x float> %179, float %164, i64 1, !dbg !32
  %181 = insertelement <4 x float> %180, float %167, i64 2, !dbg !32
  %182 = insertelement <4 x float> %181, float %171, i64 3, !dbg !32
  %183 = insertelement <4 x float> poison, float %160, i64 0, !dbg !32
  %184 = insertelement <4 x float> %183, float %163, i64 1, !dbg !32
  %185 = insertelement <4 x float> %184, float %166, i64 2, !dbg !32
  %186 = insertelement <4 x float> %185, float %170, i64 3, !dbg !32
  %187 = select <4 x i1> %178, <4 x float> %182, <4 x float> %186, !dbg !32
  %188 = fadd <4 x float> %187, splat (float f0xCB40007F), !dbg !32
  %189 = fneg <4 x float> %188, !dbg !32
  %190 = extractelement <4 x float> %189, i64 0, !dbg !32
  %191 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %90, float f0x3FB8AA3B, float %190) #8, !dbg !32
  %192 = tail call float @llvm.nvvm.fma.rn.f(float %90, float f0x3FB8AA3B, float %190) #8, !dbg !32
  %193 = extractelement <4 x float> %189, i64 1, !dbg !32
  %194 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %91, float f0x3FB8AA3B, float %193) #8, !dbg !32
  %195 = tail call float @llvm.nvvm.fma.rn.f(float %91, float f0x3FB8AA3B, float %193) #8, !dbg !32
  %196 = extractelement <4 x float> %189, i64 2, !dbg !32
  %197 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float f0x3FB8AA3B, float %196) #8, !dbg !32
  %198 = tail call float @llvm.nvvm.fma.rn.f(float %92, float f0x3FB8AA3B, float %196) #8, !dbg !32
  %199 = extractelement <4 x float> %189, i64 3, !dbg !32
  %200 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %93, float f0x3FB8AA3B, float %199) #8, !dbg !32
  %201 = tail call float @llvm.nvvm.fma.rn.f(float %93, float f0x3FB8AA3B, float %199) #8, !dbg !32
  %202 = insertelement <4 x i32> poison, i32 %99, i64 0, !dbg !32
  %203 = insertelement <4 x i32> %202, i32 %106, i64 1, !dbg !32
  %204 = insertelement <4 x i32> %203, i32 %113, i64 2, !dbg !32
  %205 = insertelement <4 x i32> %204, i32 %172, i64 3, !dbg !32
  %206 = icmp eq <4 x i32> %205, zeroinitializer, !dbg !32
  %207 = insertelement <4 x float> poison, float %192, i64 0, !dbg !32
  %208 = insertelement <4 x float> %207, float %195, i64 1, !dbg !32
  %209 = insertelement <4 x float> %208, float %198, i64 2, !dbg !32
  %210 = insertelement <4 x float> %209, float %201, i64 3, !dbg !32
  %211 = insertelement <4 x float> poison, float %191, i64 0, !dbg !32
  %212 = insertelement <4 x float> %211, float %194, i64 1, !dbg !32
  %213 = insertelement <4 x float> %212, float %197, i64 2, !dbg !32
  %214 = insertelement <4 x float> %213, float %200, i64 3, !dbg !32
  %215 = select <4 x i1> %206, <4 x float> %210, <4 x float> %214, !dbg !32
  %216 = extractelement <4 x float> %215, i64 0, !dbg !32
  %217 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %90, float f0x32A57060, float %216) #8, !dbg !32
  %218 = tail call float @llvm.nvvm.fma.rn.f(float %90, float f0x32A57060, float %216) #8, !dbg !32
  %219 = extractelement <4 x float> %215, i64 1, !dbg !32
  %220 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %91, float f0x32A57060, float %219) #8, !dbg !32
  %221 = tail call float @llvm.nvvm.fma.rn.f(float %91, float f0x32A57060, float %219) #8, !dbg !32
  %222 = extractelement <4 x float> %215, i64 2, !dbg !32
  %223 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %92, float f0x32A57060, float %222) #8, !dbg !32
  %224 = tail call float @llvm.nvvm.fma.rn.f(float %92, float f0x32A57060, float %222) #8, !dbg !32
  %225 = extractelement <4 x float> %215, i64 3, !dbg !32
  %226 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %93, float f0x32A57060, float %225) #8, !dbg !32
  %227 = tail call float @llvm.nvvm.fma.rn.f(float %93, float f0x32A57060, float %225) #8, !dbg !32
  %228 = insertelement <4 x i32> poison, i32 %100, i64 0, !dbg !32
  %229 = insertelement <4 x i32> %228, i32 %107, i64 1, !dbg !32
  %230 = insertelement <4 x i32> %229, i32 %114, i64 2, !dbg !32
  %231 = insertelement <4 x i32> %230, i32 %173, i64 3, !dbg !32
  %232 = icmp eq <4 x i32> %231, zeroinitializer, !dbg !32
  %233 = insertelement <4 x float> poison, float %218, i64 0, !dbg !32
  %234 = insertelement <4 x float> %233, float %221, i64 1, !dbg !32
  %235 = insertelement <4 x float> %234, float %224, i64 2, !dbg !32
  %236 = insertelement <4 x float> %235, float %227, i64 3, !dbg !32
  %237 = insertelement <4 x float> poison, float %217, i64 0, !dbg !32
  %238 = insertelement <4 x float> %237, float %220, i64 1, !dbg !32
  %239 = insertelement <4 x float> %238, float %223, i64 2, !dbg !32
  %240 = insertelement <4 x float> %239, float %226, i64 3, !dbg !32
  %241 = select <4 x i1> %232, <4 x float> %236, <4 x float> %240, !dbg !32
  %242 = extractelement <4 x float> %241, i64 0, !dbg !32
  %243 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %242), !dbg !32
  %244 = extractelement <4 x float> %241, i64 1, !dbg !32
  %245 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %244), !dbg !32
  %246 = extractelement <4 x float> %241, i64 2, !dbg !32
  %247 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %246), !dbg !32
  %248 = bitcast <4 x float> %187 to <4 x i32>, !dbg !32
  %249 = shl <4 x i32> %248, splat (i32 23), !dbg !32
  %250 = bitcast <4 x i32> %249 to <4 x float>, !dbg !32
  %251 = extractelement <4 x float> %241, i64 3, !dbg !32
  %252 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %251), !dbg !32
  %253 = insertelement <4 x float> poison, float %243, i64 0, !dbg !32
  %254 = insertelement <4 x float> %253, float %245, i64 1, !dbg !32
  %255 = insertelement <4 x float> %254, float %247, i64 2, !dbg !32
  %256 = insertelement <4 x float> %255, float %252, i64 3, !dbg !32
  %257 = fmul <4 x float> %256, %250, !dbg !32
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !33
  %258 = extractelement <4 x float> %257, i64 0, !dbg !37
  %259 = extractelement <4 x float> %257, i64 1, !dbg !37
  %260 = fadd float %258, %259, !dbg !38
  %261 = extractelement <4 x float> %257, i64 2, !dbg !37
  %262 = extractelement <4 x float> %257, i64 3, !dbg !37
  %263 = fadd float %261, %262, !dbg !38
  %264 = fadd float %260, %263, !dbg !38
  %265 = select i1 %7, float %264, float 0.000000e+00, !dbg !38
  %266 = bitcast float %265 to i32, !dbg !33
  %267 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %266, i32 16, i32 31), !dbg !33
  %268 = bitcast i32 %267 to float, !dbg !33
  %269 = fadd float %265, %268, !dbg !38
  %270 = bitcast float %269 to i32, !dbg !33
  %271 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %270, i32 8, i32 31), !dbg !33
  %272 = bitcast i32 %271 to float, !dbg !33
  %273 = fadd float %269, %272, !dbg !38
  %274 = bitcast float %273 to i32, !dbg !33
  %275 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %274, i32 4, i32 31), !dbg !33
  %276 = bitcast i32 %275 to float, !dbg !33
  %277 = fadd float %273, %276, !dbg !38
  %278 = bitcast float %277 to i32, !dbg !33
  %279 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %278, i32 2, i32 31), !dbg !33
  %280 = bitcast i32 %279 to float, !dbg !33
  %281 = fadd float %277, %280, !dbg !38
  %282 = bitcast float %281 to i32, !dbg !33
  %283 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %282, i32 1, i32 31), !dbg !33
  %284 = bitcast i32 %283 to float, !dbg !33
  %285 = fadd float %281, %284, !dbg !38
  store float %285, ptr addrspace(3) %77, align 4, !dbg !33
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !33
  %286 = load i32, ptr addrspace(3) %81, align 4, !dbg !33
  %287 = bitcast i32 %286 to float, !dbg !33
  %288 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %286, i32 1, i32 31), !dbg !33
  %289 = bitcast i32 %288 to float, !dbg !33
  %290 = fadd float %287, %289, !dbg !38
  %291 = tail call float @llvm.nvvm.div.full(float %258, float %290), !dbg !37
  %292 = tail call float @llvm.nvvm.div.full(float %259, float %290), !dbg !37
  %293 = tail call float @llvm.nvvm.div.full(float %261, float %290), !dbg !37
  %294 = tail call float @llvm.nvvm.div.full(float %262, float %290), !dbg !37
  %295 = bitcast float %291 to i32, !dbg !39
  %296 = bitcast float %292 to i32, !dbg !39
  %297 = bitcast float %293 to i32, !dbg !39
  %298 = bitcast float %294 to i32, !dbg !39
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %295, i32 %296, i32 %297, i32 %298, ptr addrspace(1) %14, i1 %7) #8, !dbg !39
  ret void, !dbg !40
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32, i32, i32, i32) #2

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #4

declare i32 @__nvvm_reflect(ptr) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.f(float, float, float) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.ftz.f(float) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.f(float) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.ftz.f(float, float, float) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.f(float, float, float) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #7

attributes #0 = { nounwind "nvvm.reqntid"="64" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none) }
attributes #5 = { "disable-tail-calls"="false" "frame-pointer"="all" "less-precise-fpmad"="false" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "stack-protector-buffer-size"="8" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cbgr3m2o5egedohloigt2riswqwxlks4igvd37xfuktjmfqq3xyg.py", directory: "/tmp/torchinductor_root/bg")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_per_fused__softmax_prepare_softmax_online_1", linkageName: "triton_per_fused__softmax_prepare_softmax_online_1", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{null, !9, !11, !11, !12, !12}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 24, column: 15, scope: !6)
!15 = !DILocation(line: 26, column: 13, scope: !6)
!16 = !DILocation(line: 27, column: 16, scope: !6)
!17 = !DILocation(line: 34, column: 42, scope: !6)
!18 = !DILocation(line: 34, column: 35, scope: !6)
!19 = !DILocation(line: 34, column: 20, scope: !6)
!20 = !DILocation(line: 34, column: 12, scope: !6)
!21 = !DILocation(line: 37, column: 12, scope: !6)
!22 = !DILocation(line: 169, column: 12, scope: !23, inlinedAt: !25)
!23 = distinct !DILexicalBlockFile(scope: !6, file: !24, discriminator: 0)
!24 = !DIFile(filename: "triton_helpers.py", directory: "/work/main/.venv/lib/python3.11/site-packages/torch/_inductor/runtime")
!25 = !DILocation(line: 182, column: 12, scope: !23, inlinedAt: !26)
!26 = !DILocation(line: 38, column: 12, scope: !27)
!27 = distinct !DILexicalBlockFile(scope: !6, file: !1, discriminator: 0)
!28 = !DILocation(line: 171, column: 17, scope: !23, inlinedAt: !25)
!29 = !DILocation(line: 171, column: 9, scope: !23, inlinedAt: !25)
!30 = !DILocation(line: 172, column: 12, scope: !23, inlinedAt: !25)
!31 = !DILocation(line: 39, column: 12, scope: !6)
!32 = !DILocation(line: 40, column: 12, scope: !6)
!33 = !DILocation(line: 314, column: 12, scope: !34, inlinedAt: !36)
!34 = distinct !DILexicalBlockFile(scope: !6, file: !35, discriminator: 0)
!35 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!36 = !DILocation(line: 43, column: 13, scope: !27)
!37 = !DILocation(line: 46, column: 14, scope: !6)
!38 = !DILocation(line: 287, column: 12, scope: !34, inlinedAt: !33)
!39 = !DILocation(line: 47, column: 5, scope: !6)
!40 = !DILocation(line: 18, column: 1, scope: !6)
