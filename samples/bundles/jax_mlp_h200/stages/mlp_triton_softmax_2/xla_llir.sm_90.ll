; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
declare void @llvm.nvvm.griddepcontrol.wait() #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #2

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32, i32, i32, i32) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #5

; Function Attrs: nounwind
define ptx_kernel void @triton_softmax_2(ptr noalias align 16 dereferenceable(1024) %arg0, ptr noalias align 256 dereferenceable(1048576) %arg1, ptr noalias align 256 dereferenceable(65536) %arg2) local_unnamed_addr #6 {
  %1 = addrspacecast ptr %arg0 to ptr addrspace(1)
  %2 = addrspacecast ptr %arg1 to ptr addrspace(1)
  %3 = addrspacecast ptr %arg2 to ptr addrspace(1)
  tail call void @llvm.nvvm.griddepcontrol.wait()
  %4 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %5 = zext nneg i32 %4 to i64
  %6 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %7 = and i32 %6, 64
  %8 = shl nuw nsw i32 %6, 8
  %9 = and i32 %8, 16384
  %10 = and i32 %6, 63
  %11 = shl nuw nsw i32 %10, 2
  %12 = shl nuw nsw i32 %6, 1
  %13 = zext nneg i32 %12 to i64
  %14 = or disjoint i32 %11, %9
  %15 = zext nneg i32 %14 to i64
  %16 = shl nuw nsw i64 %5, 8
  %17 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %16
  %18 = getelementptr [4 x i8], ptr addrspace(1) %17, i64 %15
  %19 = getelementptr i8, ptr addrspace(1) %18, i64 131072
  %20 = getelementptr i8, ptr addrspace(1) %18, i64 262144
  %21 = getelementptr i8, ptr addrspace(1) %18, i64 393216
  %22 = getelementptr i8, ptr addrspace(1) %18, i64 524288
  %23 = getelementptr i8, ptr addrspace(1) %18, i64 655360
  %24 = getelementptr i8, ptr addrspace(1) %18, i64 786432
  %25 = getelementptr i8, ptr addrspace(1) %18, i64 917504
  %26 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %18) #0
  %27 = extractvalue { i32, i32, i32, i32 } %26, 0
  %28 = extractvalue { i32, i32, i32, i32 } %26, 1
  %29 = extractvalue { i32, i32, i32, i32 } %26, 2
  %30 = extractvalue { i32, i32, i32, i32 } %26, 3
  %31 = bitcast i32 %27 to float
  %32 = bitcast i32 %28 to float
  %33 = bitcast i32 %29 to float
  %34 = bitcast i32 %30 to float
  %35 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %19) #0
  %36 = extractvalue { i32, i32, i32, i32 } %35, 0
  %37 = extractvalue { i32, i32, i32, i32 } %35, 1
  %38 = extractvalue { i32, i32, i32, i32 } %35, 2
  %39 = extractvalue { i32, i32, i32, i32 } %35, 3
  %40 = bitcast i32 %36 to float
  %41 = bitcast i32 %37 to float
  %42 = bitcast i32 %38 to float
  %43 = bitcast i32 %39 to float
  %44 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %20) #0
  %45 = extractvalue { i32, i32, i32, i32 } %44, 0
  %46 = extractvalue { i32, i32, i32, i32 } %44, 1
  %47 = extractvalue { i32, i32, i32, i32 } %44, 2
  %48 = extractvalue { i32, i32, i32, i32 } %44, 3
  %49 = bitcast i32 %45 to float
  %50 = bitcast i32 %46 to float
  %51 = bitcast i32 %47 to float
  %52 = bitcast i32 %48 to float
  %53 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %21) #0
  %54 = extractvalue { i32, i32, i32, i32 } %53, 0
  %55 = extractvalue { i32, i32, i32, i32 } %53, 1
  %56 = extractvalue { i32, i32, i32, i32 } %53, 2
  %57 = extractvalue { i32, i32, i32, i32 } %53, 3
  %58 = bitcast i32 %54 to float
  %59 = bitcast i32 %55 to float
  %60 = bitcast i32 %56 to float
  %61 = bitcast i32 %57 to float
  %62 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %22) #0
  %63 = extractvalue { i32, i32, i32, i32 } %62, 0
  %64 = extractvalue { i32, i32, i32, i32 } %62, 1
  %65 = extractvalue { i32, i32, i32, i32 } %62, 2
  %66 = extractvalue { i32, i32, i32, i32 } %62, 3
  %67 = bitcast i32 %63 to float
  %68 = bitcast i32 %64 to float
  %69 = bitcast i32 %65 to float
  %70 = bitcast i32 %66 to float
  %71 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %23) #0
  %72 = extractvalue { i32, i32, i32, i32 } %71, 0
  %73 = extractvalue { i32, i32, i32, i32 } %71, 1
  %74 = extractvalue { i32, i32, i32, i32 } %71, 2
  %75 = extractvalue { i32, i32, i32, i32 } %71, 3
  %76 = bitcast i32 %72 to float
  %77 = bitcast i32 %73 to float
  %78 = bitcast i32 %74 to float
  %79 = bitcast i32 %75 to float
  %80 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %24) #0
  %81 = extractvalue { i32, i32, i32, i32 } %80, 0
  %82 = extractvalue { i32, i32, i32, i32 } %80, 1
  %83 = extractvalue { i32, i32, i32, i32 } %80, 2
  %84 = extractvalue { i32, i32, i32, i32 } %80, 3
  %85 = bitcast i32 %81 to float
  %86 = bitcast i32 %82 to float
  %87 = bitcast i32 %83 to float
  %88 = bitcast i32 %84 to float
  %89 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %25) #0
  %90 = extractvalue { i32, i32, i32, i32 } %89, 0
  %91 = extractvalue { i32, i32, i32, i32 } %89, 1
  %92 = extractvalue { i32, i32, i32, i32 } %89, 2
  %93 = extractvalue { i32, i32, i32, i32 } %89, 3
  %94 = bitcast i32 %90 to float
  %95 = bitcast i32 %91 to float
  %96 = bitcast i32 %92 to float
  %97 = bitcast i32 %93 to float
  %98 = fadd float %31, %40
  %99 = fadd float %49, %58
  %100 = fadd float %67, %76
  %101 = fadd float %85, %94
  %102 = fadd float %98, %99
  %103 = fadd float %100, %101
  %104 = fadd float %102, %103
  %105 = fadd float %32, %41
  %106 = fadd float %50, %59
  %107 = fadd float %68, %77
  %108 = fadd float %86, %95
  %109 = fadd float %105, %106
  %110 = fadd float %107, %108
  %111 = fadd float %109, %110
  %112 = fadd float %33, %42
  %113 = fadd float %51, %60
  %114 = fadd float %69, %78
  %115 = fadd float %87, %96
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  %119 = fadd float %34, %43
  %120 = fadd float %52, %61
  %121 = fadd float %70, %79
  %122 = fadd float %88, %97
  %123 = fadd float %119, %120
  %124 = fadd float %121, %122
  %125 = fadd float %123, %124
  %126 = shl nuw nsw i32 %10, 4
  %127 = icmp eq i32 %7, 0
  %128 = select i1 %127, i32 0, i32 1040
  %129 = xor i32 %128, %126
  %130 = zext nneg i32 %129 to i64
  %131 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %130
  %132 = insertelement <4 x float> poison, float %104, i64 0
  %133 = insertelement <4 x float> %132, float %111, i64 1
  %134 = insertelement <4 x float> %133, float %118, i64 2
  %135 = insertelement <4 x float> %134, float %125, i64 3
  store <4 x float> %135, ptr addrspace(3) %131, align 16
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %136 = shl nuw nsw i32 %6, 4
  %137 = and i32 %136, 992
  %138 = and i32 %6, 1
  %139 = icmp eq i32 %138, 0
  %140 = select i1 %139, i32 0, i32 1040
  %141 = lshr exact i32 %7, 2
  %142 = or disjoint i32 %140, %137
  %143 = xor i32 %142, %141
  %144 = zext nneg i32 %143 to i64
  %145 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %144
  %146 = load <4 x i32>, ptr addrspace(3) %145, align 16
  %147 = extractelement <4 x i32> %146, i64 0
  %148 = extractelement <4 x i32> %146, i64 1
  %149 = extractelement <4 x i32> %146, i64 2
  %150 = extractelement <4 x i32> %146, i64 3
  %151 = bitcast i32 %147 to float
  %152 = bitcast i32 %148 to float
  %153 = bitcast i32 %149 to float
  %154 = bitcast i32 %150 to float
  %155 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %147, i32 1, i32 31)
  %156 = bitcast i32 %155 to float
  %157 = fadd float %151, %156
  %158 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %148, i32 1, i32 31)
  %159 = bitcast i32 %158 to float
  %160 = fadd float %152, %159
  %161 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %149, i32 1, i32 31)
  %162 = bitcast i32 %161 to float
  %163 = fadd float %153, %162
  %164 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %150, i32 1, i32 31)
  %165 = bitcast i32 %164 to float
  %166 = fadd float %154, %165
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %167 = or disjoint i32 %137, %141
  %168 = zext nneg i32 %167 to i64
  %169 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %168
  %170 = insertelement <4 x float> poison, float %157, i64 0
  %171 = insertelement <4 x float> %170, float %160, i64 1
  %172 = insertelement <4 x float> %171, float %163, i64 2
  %173 = insertelement <4 x float> %172, float %166, i64 3
  store <4 x float> %173, ptr addrspace(3) %169, align 16
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %174 = zext nneg i32 %126 to i64
  %175 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %174
  %176 = load <4 x float>, ptr addrspace(3) %175, align 16
  %177 = extractelement <4 x float> %176, i64 0
  %178 = extractelement <4 x float> %176, i64 1
  %179 = extractelement <4 x float> %176, i64 2
  %180 = extractelement <4 x float> %176, i64 3
  %181 = fadd float %177, 0.000000e+00
  %182 = fadd float %178, 0.000000e+00
  %183 = fadd float %179, 0.000000e+00
  %184 = fadd float %180, 0.000000e+00
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %185 = shl nuw nsw i32 %10, 3
  %186 = zext nneg i32 %185 to i64
  %187 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %186
  %188 = insertelement <2 x float> poison, float %181, i64 0
  %189 = insertelement <2 x float> %188, float %182, i64 1
  store <2 x float> %189, ptr addrspace(3) %187, align 8
  %190 = xor i64 %186, 64
  %191 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %190
  %192 = getelementptr inbounds i8, ptr addrspace(3) %191, i64 512
  %193 = insertelement <2 x float> poison, float %183, i64 0
  %194 = insertelement <2 x float> %193, float %184, i64 1
  store <2 x float> %194, ptr addrspace(3) %192, align 8
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %195 = shl nuw nsw i32 %6, 2
  %196 = and i32 %195, 504
  %197 = select i1 %139, i32 0, i32 576
  %198 = xor i32 %197, %196
  %199 = zext nneg i32 %198 to i64
  %200 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %199
  %201 = load <2 x float>, ptr addrspace(3) %200, align 8
  %202 = extractelement <2 x float> %201, i64 0
  %203 = extractelement <2 x float> %201, i64 1
  %204 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %13
  %205 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l"(ptr addrspace(1) %204) #0
  %206 = extractvalue { i32, i32 } %205, 0
  %207 = extractvalue { i32, i32 } %205, 1
  %208 = bitcast i32 %206 to float
  %209 = bitcast i32 %207 to float
  %210 = fadd float %202, %208
  %211 = fadd float %203, %209
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %212 = insertelement <2 x float> poison, float %210, i64 0
  %213 = insertelement <2 x float> %212, float %211, i64 1
  store <2 x float> %213, ptr addrspace(3) %200, align 8
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %214 = load <2 x float>, ptr addrspace(3) %187, align 8
  %215 = extractelement <2 x float> %214, i64 0
  %216 = extractelement <2 x float> %214, i64 1
  %217 = load <2 x float>, ptr addrspace(3) %192, align 8
  %218 = extractelement <2 x float> %217, i64 0
  %219 = extractelement <2 x float> %217, i64 1
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %220 = tail call float @llvm.maximum.f32(float %215, float %216)
  %221 = tail call float @llvm.maximum.f32(float %218, float %219)
  %222 = tail call float @llvm.maximum.f32(float %220, float %221)
  %223 = bitcast float %222 to i32
  %224 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %223, i32 16, i32 31)
  %225 = bitcast i32 %224 to float
  %226 = tail call float @llvm.maximum.f32(float %222, float %225)
  %227 = bitcast float %226 to i32
  %228 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %227, i32 8, i32 31)
  %229 = bitcast i32 %228 to float
  %230 = tail call float @llvm.maximum.f32(float %226, float %229)
  %231 = bitcast float %230 to i32
  %232 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %231, i32 4, i32 31)
  %233 = bitcast i32 %232 to float
  %234 = tail call float @llvm.maximum.f32(float %230, float %233)
  %235 = bitcast float %234 to i32
  %236 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %235, i32 2, i32 31)
  %237 = bitcast i32 %236 to float
  %238 = tail call float @llvm.maximum.f32(float %234, float %237)
  %239 = bitcast float %238 to i32
  %240 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %239, i32 1, i32 31)
  %241 = bitcast i32 %240 to float
  %242 = tail call float @llvm.maximum.f32(float %238, float %241)
  %243 = lshr i32 %6, 3
  %244 = and i32 %243, 4
  %245 = zext nneg i32 %244 to i64
  %246 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %245
  store float %242, ptr addrspace(3) %246, align 4
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %247 = shl nuw nsw i32 %138, 2
  %248 = zext nneg i32 %247 to i64
  %249 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %248
  %250 = load i32, ptr addrspace(3) %249, align 4
  %251 = bitcast i32 %250 to float
  %252 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %250, i32 1, i32 31)
  %253 = bitcast i32 %252 to float
  %254 = tail call float @llvm.maximum.f32(float %251, float %253)
  %255 = fsub float %215, %254
  %256 = fsub float %216, %254
  %257 = fsub float %218, %254
  %258 = fsub float %219, %254
  %259 = fsub float %210, %254
  %260 = fsub float %211, %254
  %261 = tail call float @llvm.fma.f32(float %255, float 5.724980e-03, float 5.000000e-01)
  %262 = tail call float @llvm.nvvm.saturate.f(float %261) #0
  %263 = tail call float @llvm.nvvm.fma.rm.f(float %262, float 2.520000e+02, float f0x4B400001) #0
  %264 = fadd float %263, f0xCB40007F
  %265 = fneg float %264
  %266 = tail call float @llvm.fma.f32(float %255, float f0x3FB8AA3B, float %265)
  %267 = tail call float @llvm.fma.f32(float %255, float f0x32A57060, float %266)
  %268 = bitcast float %263 to i32
  %269 = shl i32 %268, 23
  %270 = bitcast i32 %269 to float
  %271 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %267)
  %272 = fmul float %271, %270
  %273 = tail call float @llvm.fma.f32(float %256, float 5.724980e-03, float 5.000000e-01)
  %274 = tail call float @llvm.nvvm.saturate.f(float %273) #0
  %275 = tail call float @llvm.nvvm.fma.rm.f(float %274, float 2.520000e+02, float f0x4B400001) #0
  %276 = fadd float %275, f0xCB40007F
  %277 = fneg float %276
  %278 = tail call float @llvm.fma.f32(float %256, float f0x3FB8AA3B, float %277)
  %279 = tail call float @llvm.fma.f32(float %256, float f0x32A57060, float %278)
  %280 = bitcast float %275 to i32
  %281 = shl i32 %280, 23
  %282 = bitcast i32 %281 to float
  %283 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %279)
  %284 = fmul float %283, %282
  %285 = tail call float @llvm.fma.f32(float %257, float 5.724980e-03, float 5.000000e-01)
  %286 = tail call float @llvm.nvvm.saturate.f(float %285) #0
  %287 = tail call float @llvm.nvvm.fma.rm.f(float %286, float 2.520000e+02, float f0x4B400001) #0
  %288 = fadd float %287, f0xCB40007F
  %289 = fneg float %288
  %290 = tail call float @llvm.fma.f32(float %257, float f0x3FB8AA3B, float %289)
  %291 = tail call float @llvm.fma.f32(float %257, float f0x32A57060, float %290)
  %292 = bitcast float %287 to i32
  %293 = shl i32 %292, 23
  %294 = bitcast i32 %293 to float
  %295 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %291)
  %296 = fmul float %295, %294
  %297 = tail call float @llvm.fma.f32(float %258, float 5.724980e-03, float 5.000000e-01)
  %298 = tail call float @llvm.nvvm.saturate.f(float %297) #0
  %299 = tail call float @llvm.nvvm.fma.rm.f(float %298, float 2.520000e+02, float f0x4B400001) #0
  %300 = fadd float %299, f0xCB40007F
  %301 = fneg float %300
  %302 = tail call float @llvm.fma.f32(float %258, float f0x3FB8AA3B, float %301)
  %303 = tail call float @llvm.fma.f32(float %258, float f0x32A57060, float %302)
  %304 = bitcast float %299 to i32
  %305 = shl i32 %304, 23
  %306 = bitcast i32 %305 to float
  %307 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %303)
  %308 = fmul float %307, %306
  %309 = tail call float @llvm.fma.f32(float %259, float 5.724980e-03, float 5.000000e-01)
  %310 = tail call float @llvm.nvvm.saturate.f(float %309) #0
  %311 = tail call float @llvm.nvvm.fma.rm.f(float %310, float 2.520000e+02, float f0x4B400001) #0
  %312 = fadd float %311, f0xCB40007F
  %313 = fneg float %312
  %314 = tail call float @llvm.fma.f32(float %259, float f0x3FB8AA3B, float %313)
  %315 = tail call float @llvm.fma.f32(float %259, float f0x32A57060, float %314)
  %316 = bitcast float %311 to i32
  %317 = shl i32 %316, 23
  %318 = bitcast i32 %317 to float
  %319 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %315)
  %320 = fmul float %319, %318
  %321 = tail call float @llvm.fma.f32(float %260, float 5.724980e-03, float 5.000000e-01)
  %322 = tail call float @llvm.nvvm.saturate.f(float %321) #0
  %323 = tail call float @llvm.nvvm.fma.rm.f(float %322, float 2.520000e+02, float f0x4B400001) #0
  %324 = fadd float %323, f0xCB40007F
  %325 = fneg float %324
  %326 = tail call float @llvm.fma.f32(float %260, float f0x3FB8AA3B, float %325)
  %327 = tail call float @llvm.fma.f32(float %260, float f0x32A57060, float %326)
  %328 = bitcast float %323 to i32
  %329 = shl i32 %328, 23
  %330 = bitcast i32 %329 to float
  %331 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %327)
  %332 = fmul float %331, %330
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %333 = fadd float %272, %284
  %334 = fadd float %296, %308
  %335 = fadd float %333, %334
  %336 = bitcast float %335 to i32
  %337 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %336, i32 16, i32 31)
  %338 = bitcast i32 %337 to float
  %339 = fadd float %335, %338
  %340 = bitcast float %339 to i32
  %341 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %340, i32 8, i32 31)
  %342 = bitcast i32 %341 to float
  %343 = fadd float %339, %342
  %344 = bitcast float %343 to i32
  %345 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %344, i32 4, i32 31)
  %346 = bitcast i32 %345 to float
  %347 = fadd float %343, %346
  %348 = bitcast float %347 to i32
  %349 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %348, i32 2, i32 31)
  %350 = bitcast i32 %349 to float
  %351 = fadd float %347, %350
  %352 = bitcast float %351 to i32
  %353 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %352, i32 1, i32 31)
  %354 = bitcast i32 %353 to float
  %355 = fadd float %351, %354
  store float %355, ptr addrspace(3) %246, align 4
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %356 = load i32, ptr addrspace(3) %249, align 4
  %357 = bitcast i32 %356 to float
  %358 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %356, i32 1, i32 31)
  %359 = bitcast i32 %358 to float
  %360 = fadd float %357, %359
  %361 = fadd float %360, 0.000000e+00
  %362 = tail call float @llvm.nvvm.div.full(float %320, float %361)
  %363 = tail call float @llvm.nvvm.div.full(float %332, float %361)
  %364 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %16
  %365 = getelementptr [4 x i8], ptr addrspace(1) %364, i64 %13
  %366 = bitcast float %362 to i32
  %367 = bitcast float %363 to i32
  tail call void asm sideeffect "st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l"(i32 %366, i32 %367, ptr addrspace(1) %365) #0
  ret void
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.f(float) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.f(float, float, float) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #8

attributes #0 = { nounwind }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind }
attributes #3 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none) }
attributes #6 = { nounwind "nvvm.reqntid"="128,1,1" }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !28}
!nvvm.annotations = !{}
!llvm.ident = !{!1}
!nvvmir.version = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!2 = !{i32 2, i32 0}
!28 = !{i32 4, !"nvvm-reflect-ftz", i32 0}
