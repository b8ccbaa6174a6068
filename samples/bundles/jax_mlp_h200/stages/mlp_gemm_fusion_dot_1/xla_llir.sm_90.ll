; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
declare void @llvm.nvvm.griddepcontrol.wait() #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #2

; Function Attrs: convergent nocallback nofree nounwind memory(argmem: read)
declare { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) readonly captures(none)) #3

; Function Attrs: nocallback nounwind
declare void @llvm.nvvm.fence.proxy.async.shared_cta() #4

; Function Attrs: convergent nounwind
declare void @llvm.nvvm.wgmma.fence.sync.aligned() #5

; Function Attrs: convergent nounwind
declare void @llvm.nvvm.wgmma.commit_group.sync.aligned() #5

; Function Attrs: nounwind
declare void @llvm.nvvm.griddepcontrol.launch.dependents() #0

; Function Attrs: nounwind
define ptx_kernel void @gemm_fusion_dot_1(ptr noalias align 256 dereferenceable(262144) %arg0, ptr noalias align 16 dereferenceable(1048576) %arg1, ptr noalias align 256 dereferenceable(1048576) %arg2) local_unnamed_addr #6 {
  %1 = addrspacecast ptr %arg0 to ptr addrspace(1)
  %2 = addrspacecast ptr %arg1 to ptr addrspace(1)
  %3 = addrspacecast ptr %arg2 to ptr addrspace(1)
  tail call void @llvm.nvvm.griddepcontrol.wait()
  %4 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %5 = zext nneg i32 %4 to i64
  %6 = lshr i64 %5, 3
  %7 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %8 = and i32 %7, 112
  %9 = and i32 %7, 15
  %10 = shl nuw nsw i32 %9, 2
  %11 = shl nuw nsw i32 %7, 6
  %12 = and i32 %11, 7168
  %13 = or disjoint i32 %10, %12
  %14 = zext nneg i32 %13 to i64
  %.idx = shl nuw nsw i64 %6, 8
  %15 = getelementptr i8, ptr addrspace(1) %1, i64 %.idx
  %16 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %14
  %17 = getelementptr i8, ptr addrspace(1) %16, i64 32768
  %18 = getelementptr i8, ptr addrspace(1) %16, i64 65536
  %19 = getelementptr i8, ptr addrspace(1) %16, i64 98304
  %20 = getelementptr i8, ptr addrspace(1) %16, i64 131072
  %21 = getelementptr i8, ptr addrspace(1) %16, i64 163840
  %22 = getelementptr i8, ptr addrspace(1) %16, i64 196608
  %23 = getelementptr i8, ptr addrspace(1) %16, i64 229376
  %24 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %16) #0
  %25 = extractvalue { i32, i32, i32, i32 } %24, 0
  %26 = extractvalue { i32, i32, i32, i32 } %24, 1
  %27 = extractvalue { i32, i32, i32, i32 } %24, 2
  %28 = extractvalue { i32, i32, i32, i32 } %24, 3
  %29 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %17) #0
  %30 = extractvalue { i32, i32, i32, i32 } %29, 0
  %31 = extractvalue { i32, i32, i32, i32 } %29, 1
  %32 = extractvalue { i32, i32, i32, i32 } %29, 2
  %33 = extractvalue { i32, i32, i32, i32 } %29, 3
  %34 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %18) #0
  %35 = extractvalue { i32, i32, i32, i32 } %34, 0
  %36 = extractvalue { i32, i32, i32, i32 } %34, 1
  %37 = extractvalue { i32, i32, i32, i32 } %34, 2
  %38 = extractvalue { i32, i32, i32, i32 } %34, 3
  %39 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %19) #0
  %40 = extractvalue { i32, i32, i32, i32 } %39, 0
  %41 = extractvalue { i32, i32, i32, i32 } %39, 1
  %42 = extractvalue { i32, i32, i32, i32 } %39, 2
  %43 = extractvalue { i32, i32, i32, i32 } %39, 3
  %44 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %20) #0
  %45 = extractvalue { i32, i32, i32, i32 } %44, 0
  %46 = extractvalue { i32, i32, i32, i32 } %44, 1
  %47 = extractvalue { i32, i32, i32, i32 } %44, 2
  %48 = extractvalue { i32, i32, i32, i32 } %44, 3
  %49 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %21) #0
  %50 = extractvalue { i32, i32, i32, i32 } %49, 0
  %51 = extractvalue { i32, i32, i32, i32 } %49, 1
  %52 = extractvalue { i32, i32, i32, i32 } %49, 2
  %53 = extractvalue { i32, i32, i32, i32 } %49, 3
  %54 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %22) #0
  %55 = extractvalue { i32, i32, i32, i32 } %54, 0
  %56 = extractvalue { i32, i32, i32, i32 } %54, 1
  %57 = extractvalue { i32, i32, i32, i32 } %54, 2
  %58 = extractvalue { i32, i32, i32, i32 } %54, 3
  %59 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %23) #0
  %60 = extractvalue { i32, i32, i32, i32 } %59, 0
  %61 = extractvalue { i32, i32, i32, i32 } %59, 1
  %62 = extractvalue { i32, i32, i32, i32 } %59, 2
  %63 = extractvalue { i32, i32, i32, i32 } %59, 3
  %64 = shl nuw nsw i32 %7, 4
  %65 = xor i32 %64, %8
  %66 = zext nneg i32 %65 to i64
  %67 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %66
  %68 = insertelement <4 x i32> poison, i32 %25, i64 0
  %69 = insertelement <4 x i32> %68, i32 %26, i64 1
  %70 = insertelement <4 x i32> %69, i32 %27, i64 2
  %71 = insertelement <4 x i32> %70, i32 %28, i64 3
  store <4 x i32> %71, ptr addrspace(3) %67, align 16
  %72 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i64 2048
  %73 = insertelement <4 x i32> poison, i32 %30, i64 0
  %74 = insertelement <4 x i32> %73, i32 %31, i64 1
  %75 = insertelement <4 x i32> %74, i32 %32, i64 2
  %76 = insertelement <4 x i32> %75, i32 %33, i64 3
  store <4 x i32> %76, ptr addrspace(3) %72, align 16
  %77 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i64 4096
  %78 = insertelement <4 x i32> poison, i32 %35, i64 0
  %79 = insertelement <4 x i32> %78, i32 %36, i64 1
  %80 = insertelement <4 x i32> %79, i32 %37, i64 2
  %81 = insertelement <4 x i32> %80, i32 %38, i64 3
  store <4 x i32> %81, ptr addrspace(3) %77, align 16
  %82 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i64 6144
  %83 = insertelement <4 x i32> poison, i32 %40, i64 0
  %84 = insertelement <4 x i32> %83, i32 %41, i64 1
  %85 = insertelement <4 x i32> %84, i32 %42, i64 2
  %86 = insertelement <4 x i32> %85, i32 %43, i64 3
  store <4 x i32> %86, ptr addrspace(3) %82, align 16
  %87 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i64 8192
  %88 = insertelement <4 x i32> poison, i32 %45, i64 0
  %89 = insertelement <4 x i32> %88, i32 %46, i64 1
  %90 = insertelement <4 x i32> %89, i32 %47, i64 2
  %91 = insertelement <4 x i32> %90, i32 %48, i64 3
  store <4 x i32> %91, ptr addrspace(3) %87, align 16
  %92 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i64 10240
  %93 = insertelement <4 x i32> poison, i32 %50, i64 0
  %94 = insertelement <4 x i32> %93, i32 %51, i64 1
  %95 = insertelement <4 x i32> %94, i32 %52, i64 2
  %96 = insertelement <4 x i32> %95, i32 %53, i64 3
  store <4 x i32> %96, ptr addrspace(3) %92, align 16
  %97 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i64 12288
  %98 = insertelement <4 x i32> poison, i32 %55, i64 0
  %99 = insertelement <4 x i32> %98, i32 %56, i64 1
  %100 = insertelement <4 x i32> %99, i32 %57, i64 2
  %101 = insertelement <4 x i32> %100, i32 %58, i64 3
  store <4 x i32> %101, ptr addrspace(3) %97, align 16
  %102 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i64 14336
  %103 = insertelement <4 x i32> poison, i32 %60, i64 0
  %104 = insertelement <4 x i32> %103, i32 %61, i64 1
  %105 = insertelement <4 x i32> %104, i32 %62, i64 2
  %106 = insertelement <4 x i32> %105, i32 %63, i64 3
  store <4 x i32> %106, ptr addrspace(3) %102, align 16
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %107 = shl nuw nsw i32 %9, 8
  %108 = and i32 %7, 96
  %109 = shl nuw nsw i32 %108, 7
  %110 = and i32 %7, 7
  %111 = shl nuw nsw i32 %110, 4
  %112 = and i32 %7, 16
  %113 = or disjoint i32 %109, %111
  %114 = xor i32 %113, %112
  %115 = or disjoint i32 %114, %107
  %116 = zext nneg i32 %115 to i64
  %117 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %116
  %118 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %117)
  %119 = extractvalue { i32, i32, i32, i32 } %118, 0
  %120 = bitcast i32 %119 to float
  %121 = extractvalue { i32, i32, i32, i32 } %118, 1
  %122 = bitcast i32 %121 to float
  %123 = extractvalue { i32, i32, i32, i32 } %118, 2
  %124 = bitcast i32 %123 to float
  %125 = extractvalue { i32, i32, i32, i32 } %118, 3
  %126 = bitcast i32 %125 to float
  %127 = getelementptr inbounds nuw i8, ptr addrspace(3) %117, i64 128
  %128 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %127)
  %129 = extractvalue { i32, i32, i32, i32 } %128, 0
  %130 = bitcast i32 %129 to float
  %131 = extractvalue { i32, i32, i32, i32 } %128, 1
  %132 = bitcast i32 %131 to float
  %133 = extractvalue { i32, i32, i32, i32 } %128, 2
  %134 = bitcast i32 %133 to float
  %135 = extractvalue { i32, i32, i32, i32 } %128, 3
  %136 = bitcast i32 %135 to float
  %137 = xor i32 %115, 32
  %138 = zext nneg i32 %137 to i64
  %139 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %138
  %140 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %139)
  %141 = extractvalue { i32, i32, i32, i32 } %140, 0
  %142 = bitcast i32 %141 to float
  %143 = extractvalue { i32, i32, i32, i32 } %140, 1
  %144 = bitcast i32 %143 to float
  %145 = extractvalue { i32, i32, i32, i32 } %140, 2
  %146 = bitcast i32 %145 to float
  %147 = extractvalue { i32, i32, i32, i32 } %140, 3
  %148 = bitcast i32 %147 to float
  %149 = getelementptr inbounds nuw i8, ptr addrspace(3) %139, i64 128
  %150 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %149)
  %151 = extractvalue { i32, i32, i32, i32 } %150, 0
  %152 = bitcast i32 %151 to float
  %153 = extractvalue { i32, i32, i32, i32 } %150, 1
  %154 = bitcast i32 %153 to float
  %155 = extractvalue { i32, i32, i32, i32 } %150, 2
  %156 = bitcast i32 %155 to float
  %157 = extractvalue { i32, i32, i32, i32 } %150, 3
  %158 = bitcast i32 %157 to float
  %159 = xor i32 %115, 64
  %160 = zext nneg i32 %159 to i64
  %161 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %160
  %162 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %161)
  %163 = extractvalue { i32, i32, i32, i32 } %162, 0
  %164 = bitcast i32 %163 to float
  %165 = extractvalue { i32, i32, i32, i32 } %162, 1
  %166 = bitcast i32 %165 to float
  %167 = extractvalue { i32, i32, i32, i32 } %162, 2
  %168 = bitcast i32 %167 to float
  %169 = extractvalue { i32, i32, i32, i32 } %162, 3
  %170 = bitcast i32 %169 to float
  %171 = getelementptr inbounds nuw i8, ptr addrspace(3) %161, i64 128
  %172 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %171)
  %173 = extractvalue { i32, i32, i32, i32 } %172, 0
  %174 = bitcast i32 %173 to float
  %175 = extractvalue { i32, i32, i32, i32 } %172, 1
  %176 = bitcast i32 %175 to float
  %177 = extractvalue { i32, i32, i32, i32 } %172, 2
  %178 = bitcast i32 %177 to float
  %179 = extractvalue { i32, i32, i32, i32 } %172, 3
  %180 = bitcast i32 %179 to float
  %181 = xor i32 %115, 96
  %182 = zext nneg i32 %181 to i64
  %183 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %182
  %184 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %183)
  %185 = extractvalue { i32, i32, i32, i32 } %184, 0
  %186 = bitcast i32 %185 to float
  %187 = extractvalue { i32, i32, i32, i32 } %184, 1
  %188 = bitcast i32 %187 to float
  %189 = extractvalue { i32, i32, i32, i32 } %184, 2
  %190 = bitcast i32 %189 to float
  %191 = extractvalue { i32, i32, i32, i32 } %184, 3
  %192 = bitcast i32 %191 to float
  %193 = getelementptr inbounds nuw i8, ptr addrspace(3) %183, i64 128
  %194 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %193)
  %195 = extractvalue { i32, i32, i32, i32 } %194, 0
  %196 = bitcast i32 %195 to float
  %197 = extractvalue { i32, i32, i32, i32 } %194, 1
  %198 = bitcast i32 %197 to float
  %199 = extractvalue { i32, i32, i32, i32 } %194, 2
  %200 = bitcast i32 %199 to float
  %201 = extractvalue { i32, i32, i32, i32 } %194, 3
  %202 = bitcast i32 %201 to float
  %203 = shl nuw nsw i64 %5, 5
  %204 = and i64 %203, 224
  %205 = shl nuw nsw i32 %7, 5
  %206 = and i32 %205, 3840
  %207 = shl nuw nsw i32 %110, 2
  %208 = or disjoint i32 %207, %206
  %209 = zext nneg i32 %208 to i64
  %210 = shl nuw nsw i64 %6, 14
  %211 = or disjoint i64 %204, %210
  %212 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %211
  %213 = getelementptr [4 x i8], ptr addrspace(1) %212, i64 %209
  %214 = getelementptr i8, ptr addrspace(1) %213, i64 16384
  %215 = getelementptr i8, ptr addrspace(1) %213, i64 32768
  %216 = getelementptr i8, ptr addrspace(1) %213, i64 49152
  %217 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %213) #0
  %218 = extractvalue { i32, i32, i32, i32 } %217, 0
  %219 = extractvalue { i32, i32, i32, i32 } %217, 1
  %220 = extractvalue { i32, i32, i32, i32 } %217, 2
  %221 = extractvalue { i32, i32, i32, i32 } %217, 3
  %222 = bitcast i32 %218 to float
  %223 = bitcast i32 %219 to float
  %224 = bitcast i32 %220 to float
  %225 = bitcast i32 %221 to float
  %226 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %214) #0
  %227 = extractvalue { i32, i32, i32, i32 } %226, 0
  %228 = extractvalue { i32, i32, i32, i32 } %226, 1
  %229 = extractvalue { i32, i32, i32, i32 } %226, 2
  %230 = extractvalue { i32, i32, i32, i32 } %226, 3
  %231 = bitcast i32 %227 to float
  %232 = bitcast i32 %228 to float
  %233 = bitcast i32 %229 to float
  %234 = bitcast i32 %230 to float
  %235 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %215) #0
  %236 = extractvalue { i32, i32, i32, i32 } %235, 0
  %237 = extractvalue { i32, i32, i32, i32 } %235, 1
  %238 = extractvalue { i32, i32, i32, i32 } %235, 2
  %239 = extractvalue { i32, i32, i32, i32 } %235, 3
  %240 = bitcast i32 %236 to float
  %241 = bitcast i32 %237 to float
  %242 = bitcast i32 %238 to float
  %243 = bitcast i32 %239 to float
  %244 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %216) #0
  %245 = extractvalue { i32, i32, i32, i32 } %244, 0
  %246 = extractvalue { i32, i32, i32, i32 } %244, 1
  %247 = extractvalue { i32, i32, i32, i32 } %244, 2
  %248 = extractvalue { i32, i32, i32, i32 } %244, 3
  %249 = bitcast i32 %245 to float
  %250 = bitcast i32 %246 to float
  %251 = bitcast i32 %247 to float
  %252 = bitcast i32 %248 to float
  %253 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %120) #0
  %254 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %122) #0
  %255 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %124) #0
  %256 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %126) #0
  %257 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %142) #0
  %258 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %144) #0
  %259 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %146) #0
  %260 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %148) #0
  %261 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %164) #0
  %262 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %166) #0
  %263 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %168) #0
  %264 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %170) #0
  %265 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %186) #0
  %266 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %188) #0
  %267 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %190) #0
  %268 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %192) #0
  %269 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %130) #0
  %270 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %132) #0
  %271 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %134) #0
  %272 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %136) #0
  %273 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %152) #0
  %274 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %154) #0
  %275 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %156) #0
  %276 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %158) #0
  %277 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %174) #0
  %278 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %176) #0
  %279 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %178) #0
  %280 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %180) #0
  %281 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %196) #0
  %282 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %198) #0
  %283 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %200) #0
  %284 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %202) #0
  %285 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %222) #0
  %286 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %223) #0
  %287 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %224) #0
  %288 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %225) #0
  %289 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %231) #0
  %290 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %232) #0
  %291 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %233) #0
  %292 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %234) #0
  %293 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %240) #0
  %294 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %241) #0
  %295 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %242) #0
  %296 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %243) #0
  %297 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %249) #0
  %298 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %250) #0
  %299 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %251) #0
  %300 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %252) #0
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %301 = shl nuw nsw i32 %7, 9
  %302 = and i32 %301, 3072
  %303 = lshr i32 %7, 1
  %304 = and i32 %303, 60
  %305 = and i32 %7, 1
  %306 = icmp eq i32 %305, 0
  %307 = select i1 %306, i32 0, i32 576
  %308 = or disjoint i32 %302, %304
  %309 = or disjoint i32 %308, %307
  %310 = zext nneg i32 %309 to i64
  %311 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %310
  store float %285, ptr addrspace(3) %311, align 4
  %312 = getelementptr inbounds nuw i8, ptr addrspace(3) %311, i64 4096
  store float %293, ptr addrspace(3) %312, align 4
  %313 = xor i64 %310, 16
  %314 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %313
  %315 = getelementptr inbounds i8, ptr addrspace(3) %314, i64 128
  store float %286, ptr addrspace(3) %315, align 4
  %316 = getelementptr inbounds i8, ptr addrspace(3) %314, i64 4224
  store float %294, ptr addrspace(3) %316, align 4
  %317 = xor i64 %310, 32
  %318 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %317
  %319 = getelementptr inbounds i8, ptr addrspace(3) %318, i64 256
  store float %287, ptr addrspace(3) %319, align 4
  %320 = getelementptr inbounds i8, ptr addrspace(3) %318, i64 4352
  store float %295, ptr addrspace(3) %320, align 4
  %321 = xor i64 %310, 48
  %322 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %321
  %323 = getelementptr inbounds i8, ptr addrspace(3) %322, i64 384
  store float %288, ptr addrspace(3) %323, align 4
  %324 = getelementptr inbounds i8, ptr addrspace(3) %322, i64 4480
  store float %296, ptr addrspace(3) %324, align 4
  %325 = xor i32 %309, 64
  %326 = zext nneg i32 %325 to i64
  %327 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %326
  store float %289, ptr addrspace(3) %327, align 4
  %328 = getelementptr inbounds nuw i8, ptr addrspace(3) %327, i64 4096
  store float %297, ptr addrspace(3) %328, align 4
  %329 = xor i64 %310, 80
  %330 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %329
  %331 = getelementptr inbounds i8, ptr addrspace(3) %330, i64 128
  store float %290, ptr addrspace(3) %331, align 4
  %332 = getelementptr inbounds i8, ptr addrspace(3) %330, i64 4224
  store float %298, ptr addrspace(3) %332, align 4
  %333 = xor i64 %310, 96
  %334 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %333
  %335 = getelementptr inbounds i8, ptr addrspace(3) %334, i64 256
  store float %291, ptr addrspace(3) %335, align 4
  %336 = getelementptr inbounds i8, ptr addrspace(3) %334, i64 4352
  store float %299, ptr addrspace(3) %336, align 4
  %337 = xor i64 %310, 112
  %338 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %337
  %339 = getelementptr inbounds i8, ptr addrspace(3) %338, i64 384
  store float %292, ptr addrspace(3) %339, align 4
  %340 = getelementptr inbounds i8, ptr addrspace(3) %338, i64 4480
  store float %300, ptr addrspace(3) %340, align 4
  tail call void @llvm.nvvm.fence.proxy.async.shared_cta()
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %341 = lshr exact i32 ptrtoint (ptr addrspace(3) @global_smem to i32), 4
  %342 = and i32 %341, 32767
  %343 = bitcast float %253 to i32
  %344 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %343) #0
  %345 = bitcast i32 %344 to float
  %346 = bitcast float %254 to i32
  %347 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %346) #0
  %348 = bitcast i32 %347 to float
  %349 = bitcast float %255 to i32
  %350 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %349) #0
  %351 = bitcast i32 %350 to float
  %352 = bitcast float %256 to i32
  %353 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %352) #0
  %354 = bitcast i32 %353 to float
  %355 = bitcast float %257 to i32
  %356 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %355) #0
  %357 = bitcast i32 %356 to float
  %358 = bitcast float %258 to i32
  %359 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %358) #0
  %360 = bitcast i32 %359 to float
  %361 = bitcast float %259 to i32
  %362 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %361) #0
  %363 = bitcast i32 %362 to float
  %364 = bitcast float %260 to i32
  %365 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %364) #0
  %366 = bitcast i32 %365 to float
  %367 = bitcast float %261 to i32
  %368 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %367) #0
  %369 = bitcast i32 %368 to float
  %370 = bitcast float %262 to i32
  %371 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %370) #0
  %372 = bitcast i32 %371 to float
  %373 = bitcast float %263 to i32
  %374 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %373) #0
  %375 = bitcast i32 %374 to float
  %376 = bitcast float %264 to i32
  %377 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %376) #0
  %378 = bitcast i32 %377 to float
  %379 = bitcast float %265 to i32
  %380 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %379) #0
  %381 = bitcast i32 %380 to float
  %382 = bitcast float %266 to i32
  %383 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %382) #0
  %384 = bitcast i32 %383 to float
  %385 = bitcast float %267 to i32
  %386 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %385) #0
  %387 = bitcast i32 %386 to float
  %388 = bitcast float %268 to i32
  %389 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %388) #0
  %390 = bitcast i32 %389 to float
  %391 = bitcast float %269 to i32
  %392 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %391) #0
  %393 = bitcast i32 %392 to float
  %394 = bitcast float %270 to i32
  %395 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %394) #0
  %396 = bitcast i32 %395 to float
  %397 = bitcast float %271 to i32
  %398 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %397) #0
  %399 = bitcast i32 %398 to float
  %400 = bitcast float %272 to i32
  %401 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %400) #0
  %402 = bitcast i32 %401 to float
  %403 = bitcast float %273 to i32
  %404 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %403) #0
  %405 = bitcast i32 %404 to float
  %406 = bitcast float %274 to i32
  %407 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %406) #0
  %408 = bitcast i32 %407 to float
  %409 = bitcast float %275 to i32
  %410 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %409) #0
  %411 = bitcast i32 %410 to float
  %412 = bitcast float %276 to i32
  %413 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %412) #0
  %414 = bitcast i32 %413 to float
  %415 = bitcast float %277 to i32
  %416 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %415) #0
  %417 = bitcast i32 %416 to float
  %418 = bitcast float %278 to i32
  %419 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %418) #0
  %420 = bitcast i32 %419 to float
  %421 = bitcast float %279 to i32
  %422 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %421) #0
  %423 = bitcast i32 %422 to float
  %424 = bitcast float %280 to i32
  %425 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %424) #0
  %426 = bitcast i32 %425 to float
  %427 = bitcast float %281 to i32
  %428 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %427) #0
  %429 = bitcast i32 %428 to float
  %430 = bitcast float %282 to i32
  %431 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %430) #0
  %432 = bitcast i32 %431 to float
  %433 = bitcast float %283 to i32
  %434 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %433) #0
  %435 = bitcast i32 %434 to float
  %436 = bitcast float %284 to i32
  %437 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %436) #0
  %438 = bitcast i32 %437 to float
  tail call void @llvm.nvvm.wgmma.fence.sync.aligned()
  %439 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %342, i64 0
  %440 = bitcast <2 x i32> %439 to i64
  %441 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$16,$17,$18,$19}, $20, 0, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,r,r,r,r,l"(float %345, float %348, float %351, float %354, i64 %440) #0
  %442 = add nuw nsw i32 %342, 2
  %443 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %442, i64 0
  %444 = bitcast <2 x i32> %443 to i64
  %445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 0
  %446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 1
  %447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 2
  %448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 3
  %449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 4
  %450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 5
  %451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 6
  %452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 7
  %453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 8
  %454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 9
  %455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 10
  %456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 11
  %457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 12
  %458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 13
  %459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 14
  %460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %441, 15
  %461 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %357, float %360, float %363, float %366, i64 %444, i1 true) #0
  %462 = add nuw nsw i32 %342, 4
  %463 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %462, i64 0
  %464 = bitcast <2 x i32> %463 to i64
  %465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 0
  %466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 1
  %467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 2
  %468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 3
  %469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 4
  %470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 5
  %471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 6
  %472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 7
  %473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 8
  %474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 9
  %475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 10
  %476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 11
  %477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 12
  %478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 13
  %479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 14
  %480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %461, 15
  %481 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %369, float %372, float %375, float %378, i64 %464, i1 true) #0
  %482 = add nuw nsw i32 %342, 6
  %483 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %482, i64 0
  %484 = bitcast <2 x i32> %483 to i64
  %485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 0
  %486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 1
  %487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 2
  %488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 3
  %489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 4
  %490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 5
  %491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 6
  %492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 7
  %493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 8
  %494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 9
  %495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 10
  %496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 11
  %497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 12
  %498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 13
  %499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 14
  %500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %481, 15
  %501 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %381, float %384, float %387, float %390, i64 %484, i1 true) #0
  %502 = add nuw nsw i32 %342, 256
  %503 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %502, i64 0
  %504 = bitcast <2 x i32> %503 to i64
  %505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 0
  %506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 1
  %507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 2
  %508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 3
  %509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 4
  %510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 5
  %511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 6
  %512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 7
  %513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 8
  %514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 9
  %515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 10
  %516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 11
  %517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 12
  %518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 13
  %519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 14
  %520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %501, 15
  %521 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %393, float %396, float %399, float %402, i64 %504, i1 true) #0
  %522 = add nuw nsw i32 %342, 258
  %523 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %522, i64 0
  %524 = bitcast <2 x i32> %523 to i64
  %525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 0
  %526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 1
  %527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 2
  %528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 3
  %529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 4
  %530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 5
  %531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 6
  %532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 7
  %533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 8
  %534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 9
  %535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 10
  %536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 11
  %537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 12
  %538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 13
  %539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 14
  %540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 15
  %541 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %405, float %408, float %411, float %414, i64 %524, i1 true) #0
  %542 = add nuw nsw i32 %342, 260
  %543 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %542, i64 0
  %544 = bitcast <2 x i32> %543 to i64
  %545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 0
  %546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 1
  %547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 2
  %548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 3
  %549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 4
  %550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 5
  %551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 6
  %552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 7
  %553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 8
  %554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 9
  %555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 10
  %556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 11
  %557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 12
  %558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 13
  %559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 14
  %560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %541, 15
  %561 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %417, float %420, float %423, float %426, i64 %544, i1 true) #0
  %562 = add nuw nsw i32 %342, 262
  %563 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %562, i64 0
  %564 = bitcast <2 x i32> %563 to i64
  %565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 0
  %566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 1
  %567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 2
  %568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 3
  %569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 4
  %570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 5
  %571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 6
  %572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 7
  %573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 8
  %574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 9
  %575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 10
  %576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 11
  %577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 12
  %578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 13
  %579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 14
  %580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %561, 15
  %581 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %429, float %432, float %435, float %438, i64 %564, i1 true) #0
  %582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 0
  %583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 1
  %584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 2
  %585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 3
  %586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 4
  %587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 5
  %588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 6
  %589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 7
  %590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 8
  %591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 9
  %592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 10
  %593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 11
  %594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 12
  %595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 13
  %596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 14
  %597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %581, 15
  tail call void @llvm.nvvm.wgmma.commit_group.sync.aligned()
  %598 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "// wait for regs: $0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15\0A\09wgmma.wait_group.sync.aligned 0;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15"(float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597) #0
  %599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 0
  %600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 1
  %601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 2
  %602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 3
  %603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 4
  %604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 5
  %605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 6
  %606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 7
  %607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 8
  %608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 9
  %609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 10
  %610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 11
  %611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 12
  %612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 13
  %613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 14
  %614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %598, 15
  tail call void @llvm.nvvm.griddepcontrol.launch.dependents()
  %615 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %211
  %616 = getelementptr [4 x i8], ptr addrspace(1) %615, i64 %209
  %617 = getelementptr i8, ptr addrspace(1) %616, i64 16384
  %618 = getelementptr i8, ptr addrspace(1) %616, i64 32768
  %619 = getelementptr i8, ptr addrspace(1) %616, i64 49152
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %620 = shl nuw nsw i32 %108, 4
  %621 = shl nuw nsw i32 %7, 3
  %622 = and i32 %621, 160
  %623 = select i1 %306, i32 0, i32 4112
  %624 = and i32 %205, 64
  %625 = and i32 %7, 8
  %626 = icmp eq i32 %625, 0
  %627 = select i1 %626, i32 0, i32 2056
  %628 = or disjoint i32 %623, %624
  %629 = or disjoint i32 %628, %627
  %630 = or disjoint i32 %620, %622
  %631 = or disjoint i32 %629, %630
  %632 = zext nneg i32 %631 to i64
  %633 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %632
  %634 = insertelement <2 x float> poison, float %599, i64 0
  %635 = insertelement <2 x float> %634, float %600, i64 1
  store <2 x float> %635, ptr addrspace(3) %633, align 8
  %636 = getelementptr inbounds nuw i8, ptr addrspace(3) %633, i64 256
  %637 = insertelement <2 x float> poison, float %601, i64 0
  %638 = insertelement <2 x float> %637, float %602, i64 1
  store <2 x float> %638, ptr addrspace(3) %636, align 8
  %639 = xor i32 %631, 8
  %640 = zext nneg i32 %639 to i64
  %641 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %640
  %642 = insertelement <2 x float> poison, float %603, i64 0
  %643 = insertelement <2 x float> %642, float %604, i64 1
  store <2 x float> %643, ptr addrspace(3) %641, align 8
  %644 = getelementptr inbounds nuw i8, ptr addrspace(3) %641, i64 256
  %645 = insertelement <2 x float> poison, float %605, i64 0
  %646 = insertelement <2 x float> %645, float %606, i64 1
  store <2 x float> %646, ptr addrspace(3) %644, align 8
  %647 = xor i32 %631, 16
  %648 = zext nneg i32 %647 to i64
  %649 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %648
  %650 = insertelement <2 x float> poison, float %607, i64 0
  %651 = insertelement <2 x float> %650, float %608, i64 1
  store <2 x float> %651, ptr addrspace(3) %649, align 8
  %652 = getelementptr inbounds nuw i8, ptr addrspace(3) %649, i64 256
  %653 = insertelement <2 x float> poison, float %609, i64 0
  %654 = insertelement <2 x float> %653, float %610, i64 1
  store <2 x float> %654, ptr addrspace(3) %652, align 8
  %655 = xor i32 %631, 24
  %656 = zext nneg i32 %655 to i64
  %657 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %656
  %658 = insertelement <2 x float> poison, float %611, i64 0
  %659 = insertelement <2 x float> %658, float %612, i64 1
  store <2 x float> %659, ptr addrspace(3) %657, align 8
  %660 = getelementptr inbounds nuw i8, ptr addrspace(3) %657, i64 256
  %661 = insertelement <2 x float> poison, float %613, i64 0
  %662 = insertelement <2 x float> %661, float %614, i64 1
  store <2 x float> %662, ptr addrspace(3) %660, align 8
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %663 = shl nuw nsw i32 %7, 2
  %664 = and i32 %663, 440
  %665 = shl nuw nsw i32 %305, 6
  %666 = icmp eq i32 %112, 0
  %667 = select i1 %666, i32 0, i32 2056
  %668 = xor i32 %667, %664
  %669 = or disjoint i32 %668, %665
  %670 = zext nneg i32 %669 to i64
  %671 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %670
  %672 = getelementptr inbounds nuw i8, ptr addrspace(3) %671, i64 512
  %673 = load <2 x i32>, ptr addrspace(3) %672, align 8
  %674 = getelementptr inbounds nuw i8, ptr addrspace(3) %671, i64 1024
  %675 = load <2 x i32>, ptr addrspace(3) %674, align 8
  %676 = getelementptr inbounds nuw i8, ptr addrspace(3) %671, i64 1536
  %677 = load <2 x i32>, ptr addrspace(3) %676, align 8
  %678 = xor i64 %670, 16
  %679 = getelementptr inbounds i8, ptr addrspace(3) @global_smem, i64 %678
  %680 = getelementptr inbounds i8, ptr addrspace(3) %679, i64 4096
  %681 = getelementptr inbounds i8, ptr addrspace(3) %679, i64 4608
  %682 = load <2 x i32>, ptr addrspace(3) %681, align 8
  %683 = getelementptr inbounds i8, ptr addrspace(3) %679, i64 5120
  %684 = load <2 x i32>, ptr addrspace(3) %683, align 8
  %685 = getelementptr inbounds i8, ptr addrspace(3) %679, i64 5632
  %686 = load <2 x i32>, ptr addrspace(3) %685, align 8
  %687 = load <2 x i32>, ptr addrspace(3) %671, align 8
  %.extract33 = extractelement <2 x i32> %687, i64 0
  %.extract1634 = extractelement <2 x i32> %687, i64 1
  %688 = load <2 x i32>, ptr addrspace(3) %680, align 8
  %.extract1731 = extractelement <2 x i32> %688, i64 0
  %.extract1832 = extractelement <2 x i32> %688, i64 1
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract33, i32 %.extract1634, i32 %.extract1731, i32 %.extract1832, ptr addrspace(1) %616) #0
  %.extract19 = extractelement <2 x i32> %673, i64 0
  %.extract20 = extractelement <2 x i32> %673, i64 1
  %.extract21 = extractelement <2 x i32> %682, i64 0
  %.extract22 = extractelement <2 x i32> %682, i64 1
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract19, i32 %.extract20, i32 %.extract21, i32 %.extract22, ptr addrspace(1) %617) #0
  %.extract23 = extractelement <2 x i32> %675, i64 0
  %.extract24 = extractelement <2 x i32> %675, i64 1
  %.extract25 = extractelement <2 x i32> %684, i64 0
  %.extract26 = extractelement <2 x i32> %684, i64 1
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract23, i32 %.extract24, i32 %.extract25, i32 %.extract26, ptr addrspace(1) %618) #0
  %.extract27 = extractelement <2 x i32> %677, i64 0
  %.extract28 = extractelement <2 x i32> %677, i64 1
  %.extract29 = extractelement <2 x i32> %686, i64 0
  %.extract30 = extractelement <2 x i32> %686, i64 1
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract27, i32 %.extract28, i32 %.extract29, i32 %.extract30, ptr addrspace(1) %619) #0
  ret void
}

attributes #0 = { nounwind }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind }
attributes #3 = { convergent nocallback nofree nounwind memory(argmem: read) }
attributes #4 = { nocallback nounwind }
attributes #5 = { convergent nounwind }
attributes #6 = { nounwind "nvvm.reqntid"="128,1,1" }

!llvm.module.flags = !{!0, !1}
!nvvm.annotations = !{}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 4, !"nvvm-reflect-ftz", i32 0}
