; ModuleID = '<string>'
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

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
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
  %146 = load i32, ptr addrspace(3) %145, align 16
  %147 = getelementptr inbounds nuw i8, ptr addrspace(3) %145, i64 4
  %148 = load i32, ptr addrspace(3) %147, align 4
  %149 = getelementptr inbounds nuw i8, ptr addrspace(3) %145, i64 8
  %150 = load i32, ptr addrspace(3) %149, align 8
  %151 = getelementptr inbounds nuw i8, ptr addrspace(3) %145, i64 12
  %152 = load i32, ptr addrspace(3) %151, align 4
  %153 = bitcast i32 %146 to float
  %154 = bitcast i32 %148 to float
  %155 = bitcast i32 %150 to float
  %156 = bitcast i32 %152 to float
  %157 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %146, i32 1, i32 31)
  %158 = bitcast i32 %157 to float
  %159 = fadd float %153, %158
  %160 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %148, i32 1, i32 31)
  %161 = bitcast i32 %160 to float
  %162 = fadd float %154, %161
  %163 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %150, i32 1, i32 31)
  %164 = bitcast i32 %163 to float
  %165 = fadd float %155, %164
  %166 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %152, i32 1, i32 31)
  %167 = bitcast i32 %166 to float
  %168 = fadd float %156, %167
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %169 = or disjoint i32 %137, %141
  %170 = zext nneg i32 %169 to i64
  %171 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %170
  %172 = insertelement <4 x float> poison, float %159, i64 0
  %173 = insertelement <4 x float> %172, float %162, i64 1
  %174 = insertelement <4 x float> %173, float %165, i64 2
  %175 = insertelement <4 x float> %174, float %168, i64 3
  store <4 x float> %175, ptr addrspace(3) %171, align 16
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %176 = zext nneg i32 %126 to i64
  %177 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %176
  %178 = load float, ptr addrspace(3) %177, align 16
  %179 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i64 4
  %180 = load float, ptr addrspace(3) %179, align 4
  %181 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i64 8
  %182 = load float, ptr addrspace(3) %181, align 8
  %183 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i64 12
  %184 = load float, ptr addrspace(3) %183, align 4
  %185 = fadd float %178, 0.000000e+00
  %186 = fadd float %180, 0.000000e+00
  %187 = fadd float %182, 0.000000e+00
  %188 = fadd float %184, 0.000000e+00
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %189 = shl nuw nsw i32 %10, 3
  %190 = zext nneg i32 %189 to i64
  %191 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %190
  %192 = insertelement <2 x float> poison, float %185, i64 0
  %193 = insertelement <2 x float> %192, float %186, i64 1
  store <2 x float> %193, ptr addrspace(3) %191, align 8
  %194 = xor i64 %190, 64
  %195 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %194
  %196 = getelementptr inbounds nuw i8, ptr addrspace(3) %195, i64 512
  %197 = insertelement <2 x float> poison, float %187, i64 0
  %198 = insertelement <2 x float> %197, float %188, i64 1
  store <2 x float> %198, ptr addrspace(3) %196, align 8
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %199 = shl nuw nsw i32 %6, 2
  %200 = and i32 %199, 504
  %201 = select i1 %139, i32 0, i32 576
  %202 = xor i32 %201, %200
  %203 = zext nneg i32 %202 to i64
  %204 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %203
  %205 = load float, ptr addrspace(3) %204, align 8
  %206 = getelementptr inbounds nuw i8, ptr addrspace(3) %204, i64 4
  %207 = load float, ptr addrspace(3) %206, align 4
  %208 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %13
  %209 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l"(ptr addrspace(1) %208) #0
  %210 = extractvalue { i32, i32 } %209, 0
  %211 = extractvalue { i32, i32 } %209, 1
  %212 = bitcast i32 %210 to float
  %213 = bitcast i32 %211 to float
  %214 = fadd float %205, %212
  %215 = fadd float %207, %213
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %216 = insertelement <2 x float> poison, float %214, i64 0
  %217 = insertelement <2 x float> %216, float %215, i64 1
  store <2 x float> %217, ptr addrspace(3) %204, align 8
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %218 = load float, ptr addrspace(3) %191, align 8
  %219 = getelementptr inbounds nuw i8, ptr addrspace(3) %191, i64 4
  %220 = load float, ptr addrspace(3) %219, align 4
  %221 = load float, ptr addrspace(3) %196, align 8
  %222 = getelementptr inbounds nuw i8, ptr addrspace(3) %195, i64 516
  %223 = load float, ptr addrspace(3) %222, align 4
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %224 = tail call float @llvm.maximum.f32(float %218, float %220)
  %225 = tail call float @llvm.maximum.f32(float %221, float %223)
  %226 = tail call float @llvm.maximum.f32(float %224, float %225)
  %227 = bitcast float %226 to i32
  %228 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %227, i32 16, i32 31)
  %229 = bitcast i32 %228 to float
  %230 = tail call float @llvm.maximum.f32(float %226, float %229)
  %231 = bitcast float %230 to i32
  %232 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %231, i32 8, i32 31)
  %233 = bitcast i32 %232 to float
  %234 = tail call float @llvm.maximum.f32(float %230, float %233)
  %235 = bitcast float %234 to i32
  %236 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %235, i32 4, i32 31)
  %237 = bitcast i32 %236 to float
  %238 = tail call float @llvm.maximum.f32(float %234, float %237)
  %239 = bitcast float %238 to i32
  %240 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %239, i32 2, i32 31)
  %241 = bitcast i32 %240 to float
  %242 = tail call float @llvm.maximum.f32(float %238, float %241)
  %243 = bitcast float %242 to i32
  %244 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %243, i32 1, i32 31)
  %245 = bitcast i32 %244 to float
  %246 = tail call float @llvm.maximum.f32(float %242, float %245)
  %247 = lshr i32 %6, 3
  %248 = and i32 %247, 4
  %249 = zext nneg i32 %248 to i64
  %250 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %249
  store float %246, ptr addrspace(3) %250, align 4
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %251 = shl nuw nsw i32 %138, 2
  %252 = zext nneg i32 %251 to i64
  %253 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %252
  %254 = load i32, ptr addrspace(3) %253, align 4
  %255 = bitcast i32 %254 to float
  %256 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %254, i32 1, i32 31)
  %257 = bitcast i32 %256 to float
  %258 = tail call float @llvm.maximum.f32(float %255, float %257)
  %259 = fsub float %218, %258
  %260 = fsub float %220, %258
  %261 = fsub float %221, %258
  %262 = fsub float %223, %258
  %263 = fsub float %214, %258
  %264 = fsub float %215, %258
  %265 = tail call float @llvm.fma.f32(float %259, float 0x3F777313A0000000, float 5.000000e-01)
  %266 = tail call float @llvm.nvvm.saturate.f(float %265) #0
  %267 = tail call float @llvm.nvvm.fma.rm.f(float %266, float 2.520000e+02, float 0x4168000020000000) #0
  %268 = fadd float %267, 0xC168000FE0000000
  %269 = fneg float %268
  %270 = tail call float @llvm.fma.f32(float %259, float 0x3FF7154760000000, float %269)
  %271 = tail call float @llvm.fma.f32(float %259, float 0x3E54AE0C00000000, float %270)
  %272 = bitcast float %267 to i32
  %273 = shl i32 %272, 23
  %274 = bitcast i32 %273 to float
  %275 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %271)
  %276 = fmul float %275, %274
  %277 = tail call float @llvm.fma.f32(float %260, float 0x3F777313A0000000, float 5.000000e-01)
  %278 = tail call float @llvm.nvvm.saturate.f(float %277) #0
  %279 = tail call float @llvm.nvvm.fma.rm.f(float %278, float 2.520000e+02, float 0x4168000020000000) #0
  %280 = fadd float %279, 0xC168000FE0000000
  %281 = fneg float %280
  %282 = tail call float @llvm.fma.f32(float %260, float 0x3FF7154760000000, float %281)
  %283 = tail call float @llvm.fma.f32(float %260, float 0x3E54AE0C00000000, float %282)
  %284 = bitcast float %279 to i32
  %285 = shl i32 %284, 23
  %286 = bitcast i32 %285 to float
  %287 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %283)
  %288 = fmul float %287, %286
  %289 = tail call float @llvm.fma.f32(float %261, float 0x3F777313A0000000, float 5.000000e-01)
  %290 = tail call float @llvm.nvvm.saturate.f(float %289) #0
  %291 = tail call float @llvm.nvvm.fma.rm.f(float %290, float 2.520000e+02, float 0x4168000020000000) #0
  %292 = fadd float %291, 0xC168000FE0000000
  %293 = fneg float %292
  %294 = tail call float @llvm.fma.f32(float %261, float 0x3FF7154760000000, float %293)
  %295 = tail call float @llvm.fma.f32(float %261, float 0x3E54AE0C00000000, float %294)
  %296 = bitcast float %291 to i32
  %297 = shl i32 %296, 23
  %298 = bitcast i32 %297 to float
  %299 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %295)
  %300 = fmul float %299, %298
  %301 = tail call float @llvm.fma.f32(float %262, float 0x3F777313A0000000, float 5.000000e-01)
  %302 = tail call float @llvm.nvvm.saturate.f(float %301) #0
  %303 = tail call float @llvm.nvvm.fma.rm.f(float %302, float 2.520000e+02, float 0x4168000020000000) #0
  %304 = fadd float %303, 0xC168000FE0000000
  %305 = fneg float %304
  %306 = tail call float @llvm.fma.f32(float %262, float 0x3FF7154760000000, float %305)
  %307 = tail call float @llvm.fma.f32(float %262, float 0x3E54AE0C00000000, float %306)
  %308 = bitcast float %303 to i32
  %309 = shl i32 %308, 23
  %310 = bitcast i32 %309 to float
  %311 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %307)
  %312 = fmul float %311, %310
  %313 = tail call float @llvm.fma.f32(float %263, float 0x3F777313A0000000, float 5.000000e-01)
  %314 = tail call float @llvm.nvvm.saturate.f(float %313) #0
  %315 = tail call float @llvm.nvvm.fma.rm.f(float %314, float 2.520000e+02, float 0x4168000020000000) #0
  %316 = fadd float %315, 0xC168000FE0000000
  %317 = fneg float %316
  %318 = tail call float @llvm.fma.f32(float %263, float 0x3FF7154760000000, float %317)
  %319 = tail call float @llvm.fma.f32(float %263, float 0x3E54AE0C00000000, float %318)
  %320 = bitcast float %315 to i32
  %321 = shl i32 %320, 23
  %322 = bitcast i32 %321 to float
  %323 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %319)
  %324 = fmul float %323, %322
  %325 = tail call float @llvm.fma.f32(float %264, float 0x3F777313A0000000, float 5.000000e-01)
  %326 = tail call float @llvm.nvvm.saturate.f(float %325) #0
  %327 = tail call float @llvm.nvvm.fma.rm.f(float %326, float 2.520000e+02, float 0x4168000020000000) #0
  %328 = fadd float %327, 0xC168000FE0000000
  %329 = fneg float %328
  %330 = tail call float @llvm.fma.f32(float %264, float 0x3FF7154760000000, float %329)
  %331 = tail call float @llvm.fma.f32(float %264, float 0x3E54AE0C00000000, float %330)
  %332 = bitcast float %327 to i32
  %333 = shl i32 %332, 23
  %334 = bitcast i32 %333 to float
  %335 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %331)
  %336 = fmul float %335, %334
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %337 = fadd float %276, %288
  %338 = fadd float %300, %312
  %339 = fadd float %337, %338
  %340 = bitcast float %339 to i32
  %341 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %340, i32 16, i32 31)
  %342 = bitcast i32 %341 to float
  %343 = fadd float %339, %342
  %344 = bitcast float %343 to i32
  %345 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %344, i32 8, i32 31)
  %346 = bitcast i32 %345 to float
  %347 = fadd float %343, %346
  %348 = bitcast float %347 to i32
  %349 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %348, i32 4, i32 31)
  %350 = bitcast i32 %349 to float
  %351 = fadd float %347, %350
  %352 = bitcast float %351 to i32
  %353 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %352, i32 2, i32 31)
  %354 = bitcast i32 %353 to float
  %355 = fadd float %351, %354
  %356 = bitcast float %355 to i32
  %357 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %356, i32 1, i32 31)
  %358 = bitcast i32 %357 to float
  %359 = fadd float %355, %358
  store float %359, ptr addrspace(3) %250, align 4
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %360 = load i32, ptr addrspace(3) %253, align 4
  %361 = bitcast i32 %360 to float
  %362 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %360, i32 1, i32 31)
  %363 = bitcast i32 %362 to float
  %364 = fadd float %361, %363
  %365 = fadd float %364, 0.000000e+00
  %366 = tail call float @llvm.nvvm.div.full(float %324, float %365)
  %367 = tail call float @llvm.nvvm.div.full(float %336, float %365)
  %368 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %16
  %369 = getelementptr [4 x i8], ptr addrspace(1) %368, i64 %13
  %370 = bitcast float %366 to i32
  %371 = bitcast float %367 to i32
  tail call void asm sideeffect "st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l"(i32 %370, i32 %371, ptr addrspace(1) %369) #0
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.f(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #4

attributes #0 = { nounwind }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind }
attributes #3 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { nounwind "nvvm.reqntid"="128,1,1" }

!llvm.module.flags = !{!0, !1}
!nvvm.annotations = !{}
!llvm.ident = !{!2}
!nvvmir.version = !{!3}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 4, !"nvvm-reflect-ftz", i32 0}
!2 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!3 = !{i32 2, i32 0}
