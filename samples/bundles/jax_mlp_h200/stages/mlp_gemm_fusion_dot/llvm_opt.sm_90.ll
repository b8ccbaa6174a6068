; ModuleID = '<string>'
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
define ptx_kernel void @gemm_fusion_dot(ptr noalias align 16 dereferenceable(65536) %arg0, ptr noalias align 16 dereferenceable(1048576) %arg1, ptr noalias align 256 dereferenceable(1048576) %arg2) local_unnamed_addr #6 {
  %1 = addrspacecast ptr %arg0 to ptr addrspace(1)
  %2 = addrspacecast ptr %arg1 to ptr addrspace(1)
  %3 = addrspacecast ptr %arg2 to ptr addrspace(1)
  tail call void @llvm.nvvm.griddepcontrol.wait()
  %4 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %5 = zext nneg i32 %4 to i64
  %6 = lshr i64 %5, 5
  %7 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %8 = and i32 %7, 112
  %9 = and i32 %7, 15
  %10 = shl nuw nsw i32 %9, 2
  %11 = shl nuw nsw i32 %7, 4
  %12 = and i32 %11, 1792
  %13 = or disjoint i32 %10, %12
  %14 = zext nneg i32 %13 to i64
  %.idx = shl nuw nsw i64 %6, 8
  %15 = getelementptr i8, ptr addrspace(1) %1, i64 %.idx
  %16 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %14
  %17 = getelementptr i8, ptr addrspace(1) %16, i64 8192
  %18 = getelementptr i8, ptr addrspace(1) %16, i64 16384
  %19 = getelementptr i8, ptr addrspace(1) %16, i64 24576
  %20 = getelementptr i8, ptr addrspace(1) %16, i64 32768
  %21 = getelementptr i8, ptr addrspace(1) %16, i64 40960
  %22 = getelementptr i8, ptr addrspace(1) %16, i64 49152
  %23 = getelementptr i8, ptr addrspace(1) %16, i64 57344
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
  %64 = xor i32 %11, %8
  %65 = zext nneg i32 %64 to i64
  %66 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %65
  %67 = insertelement <4 x i32> poison, i32 %25, i64 0
  %68 = insertelement <4 x i32> %67, i32 %26, i64 1
  %69 = insertelement <4 x i32> %68, i32 %27, i64 2
  %70 = insertelement <4 x i32> %69, i32 %28, i64 3
  store <4 x i32> %70, ptr addrspace(3) %66, align 16
  %71 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i64 2048
  %72 = insertelement <4 x i32> poison, i32 %30, i64 0
  %73 = insertelement <4 x i32> %72, i32 %31, i64 1
  %74 = insertelement <4 x i32> %73, i32 %32, i64 2
  %75 = insertelement <4 x i32> %74, i32 %33, i64 3
  store <4 x i32> %75, ptr addrspace(3) %71, align 16
  %76 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i64 4096
  %77 = insertelement <4 x i32> poison, i32 %35, i64 0
  %78 = insertelement <4 x i32> %77, i32 %36, i64 1
  %79 = insertelement <4 x i32> %78, i32 %37, i64 2
  %80 = insertelement <4 x i32> %79, i32 %38, i64 3
  store <4 x i32> %80, ptr addrspace(3) %76, align 16
  %81 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i64 6144
  %82 = insertelement <4 x i32> poison, i32 %40, i64 0
  %83 = insertelement <4 x i32> %82, i32 %41, i64 1
  %84 = insertelement <4 x i32> %83, i32 %42, i64 2
  %85 = insertelement <4 x i32> %84, i32 %43, i64 3
  store <4 x i32> %85, ptr addrspace(3) %81, align 16
  %86 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i64 8192
  %87 = insertelement <4 x i32> poison, i32 %45, i64 0
  %88 = insertelement <4 x i32> %87, i32 %46, i64 1
  %89 = insertelement <4 x i32> %88, i32 %47, i64 2
  %90 = insertelement <4 x i32> %89, i32 %48, i64 3
  store <4 x i32> %90, ptr addrspace(3) %86, align 16
  %91 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i64 10240
  %92 = insertelement <4 x i32> poison, i32 %50, i64 0
  %93 = insertelement <4 x i32> %92, i32 %51, i64 1
  %94 = insertelement <4 x i32> %93, i32 %52, i64 2
  %95 = insertelement <4 x i32> %94, i32 %53, i64 3
  store <4 x i32> %95, ptr addrspace(3) %91, align 16
  %96 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i64 12288
  %97 = insertelement <4 x i32> poison, i32 %55, i64 0
  %98 = insertelement <4 x i32> %97, i32 %56, i64 1
  %99 = insertelement <4 x i32> %98, i32 %57, i64 2
  %100 = insertelement <4 x i32> %99, i32 %58, i64 3
  store <4 x i32> %100, ptr addrspace(3) %96, align 16
  %101 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i64 14336
  %102 = insertelement <4 x i32> poison, i32 %60, i64 0
  %103 = insertelement <4 x i32> %102, i32 %61, i64 1
  %104 = insertelement <4 x i32> %103, i32 %62, i64 2
  %105 = insertelement <4 x i32> %104, i32 %63, i64 3
  store <4 x i32> %105, ptr addrspace(3) %101, align 16
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %106 = shl nuw nsw i32 %9, 8
  %107 = and i32 %7, 96
  %108 = shl nuw nsw i32 %107, 7
  %109 = and i32 %7, 7
  %110 = shl nuw nsw i32 %109, 4
  %111 = and i32 %7, 16
  %112 = or disjoint i32 %108, %110
  %113 = xor i32 %112, %111
  %114 = or disjoint i32 %113, %106
  %115 = zext nneg i32 %114 to i64
  %116 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %115
  %117 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %116)
  %118 = extractvalue { i32, i32, i32, i32 } %117, 0
  %119 = bitcast i32 %118 to float
  %120 = extractvalue { i32, i32, i32, i32 } %117, 1
  %121 = bitcast i32 %120 to float
  %122 = extractvalue { i32, i32, i32, i32 } %117, 2
  %123 = bitcast i32 %122 to float
  %124 = extractvalue { i32, i32, i32, i32 } %117, 3
  %125 = bitcast i32 %124 to float
  %126 = getelementptr inbounds nuw i8, ptr addrspace(3) %116, i64 128
  %127 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %126)
  %128 = extractvalue { i32, i32, i32, i32 } %127, 0
  %129 = bitcast i32 %128 to float
  %130 = extractvalue { i32, i32, i32, i32 } %127, 1
  %131 = bitcast i32 %130 to float
  %132 = extractvalue { i32, i32, i32, i32 } %127, 2
  %133 = bitcast i32 %132 to float
  %134 = extractvalue { i32, i32, i32, i32 } %127, 3
  %135 = bitcast i32 %134 to float
  %136 = xor i32 %114, 32
  %137 = zext nneg i32 %136 to i64
  %138 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %137
  %139 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %138)
  %140 = extractvalue { i32, i32, i32, i32 } %139, 0
  %141 = bitcast i32 %140 to float
  %142 = extractvalue { i32, i32, i32, i32 } %139, 1
  %143 = bitcast i32 %142 to float
  %144 = extractvalue { i32, i32, i32, i32 } %139, 2
  %145 = bitcast i32 %144 to float
  %146 = extractvalue { i32, i32, i32, i32 } %139, 3
  %147 = bitcast i32 %146 to float
  %148 = getelementptr inbounds nuw i8, ptr addrspace(3) %138, i64 128
  %149 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %148)
  %150 = extractvalue { i32, i32, i32, i32 } %149, 0
  %151 = bitcast i32 %150 to float
  %152 = extractvalue { i32, i32, i32, i32 } %149, 1
  %153 = bitcast i32 %152 to float
  %154 = extractvalue { i32, i32, i32, i32 } %149, 2
  %155 = bitcast i32 %154 to float
  %156 = extractvalue { i32, i32, i32, i32 } %149, 3
  %157 = bitcast i32 %156 to float
  %158 = xor i32 %114, 64
  %159 = zext nneg i32 %158 to i64
  %160 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %159
  %161 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %160)
  %162 = extractvalue { i32, i32, i32, i32 } %161, 0
  %163 = bitcast i32 %162 to float
  %164 = extractvalue { i32, i32, i32, i32 } %161, 1
  %165 = bitcast i32 %164 to float
  %166 = extractvalue { i32, i32, i32, i32 } %161, 2
  %167 = bitcast i32 %166 to float
  %168 = extractvalue { i32, i32, i32, i32 } %161, 3
  %169 = bitcast i32 %168 to float
  %170 = getelementptr inbounds nuw i8, ptr addrspace(3) %160, i64 128
  %171 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %170)
  %172 = extractvalue { i32, i32, i32, i32 } %171, 0
  %173 = bitcast i32 %172 to float
  %174 = extractvalue { i32, i32, i32, i32 } %171, 1
  %175 = bitcast i32 %174 to float
  %176 = extractvalue { i32, i32, i32, i32 } %171, 2
  %177 = bitcast i32 %176 to float
  %178 = extractvalue { i32, i32, i32, i32 } %171, 3
  %179 = bitcast i32 %178 to float
  %180 = xor i32 %114, 96
  %181 = zext nneg i32 %180 to i64
  %182 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %181
  %183 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %182)
  %184 = extractvalue { i32, i32, i32, i32 } %183, 0
  %185 = bitcast i32 %184 to float
  %186 = extractvalue { i32, i32, i32, i32 } %183, 1
  %187 = bitcast i32 %186 to float
  %188 = extractvalue { i32, i32, i32, i32 } %183, 2
  %189 = bitcast i32 %188 to float
  %190 = extractvalue { i32, i32, i32, i32 } %183, 3
  %191 = bitcast i32 %190 to float
  %192 = getelementptr inbounds nuw i8, ptr addrspace(3) %182, i64 128
  %193 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %192)
  %194 = extractvalue { i32, i32, i32, i32 } %193, 0
  %195 = bitcast i32 %194 to float
  %196 = extractvalue { i32, i32, i32, i32 } %193, 1
  %197 = bitcast i32 %196 to float
  %198 = extractvalue { i32, i32, i32, i32 } %193, 2
  %199 = bitcast i32 %198 to float
  %200 = extractvalue { i32, i32, i32, i32 } %193, 3
  %201 = bitcast i32 %200 to float
  %202 = shl nuw nsw i64 %5, 5
  %203 = and i64 %202, 992
  %204 = shl nuw nsw i32 %7, 7
  %205 = and i32 %204, 15360
  %206 = shl nuw nsw i32 %109, 2
  %207 = or disjoint i32 %206, %205
  %208 = zext nneg i32 %207 to i64
  %209 = shl nuw nsw i64 %6, 16
  %210 = or disjoint i64 %203, %209
  %211 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %210
  %212 = getelementptr [4 x i8], ptr addrspace(1) %211, i64 %208
  %213 = getelementptr i8, ptr addrspace(1) %212, i64 65536
  %214 = getelementptr i8, ptr addrspace(1) %212, i64 131072
  %215 = getelementptr i8, ptr addrspace(1) %212, i64 196608
  %216 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %212) #0
  %217 = extractvalue { i32, i32, i32, i32 } %216, 0
  %218 = extractvalue { i32, i32, i32, i32 } %216, 1
  %219 = extractvalue { i32, i32, i32, i32 } %216, 2
  %220 = extractvalue { i32, i32, i32, i32 } %216, 3
  %221 = bitcast i32 %217 to float
  %222 = bitcast i32 %218 to float
  %223 = bitcast i32 %219 to float
  %224 = bitcast i32 %220 to float
  %225 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %213) #0
  %226 = extractvalue { i32, i32, i32, i32 } %225, 0
  %227 = extractvalue { i32, i32, i32, i32 } %225, 1
  %228 = extractvalue { i32, i32, i32, i32 } %225, 2
  %229 = extractvalue { i32, i32, i32, i32 } %225, 3
  %230 = bitcast i32 %226 to float
  %231 = bitcast i32 %227 to float
  %232 = bitcast i32 %228 to float
  %233 = bitcast i32 %229 to float
  %234 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %214) #0
  %235 = extractvalue { i32, i32, i32, i32 } %234, 0
  %236 = extractvalue { i32, i32, i32, i32 } %234, 1
  %237 = extractvalue { i32, i32, i32, i32 } %234, 2
  %238 = extractvalue { i32, i32, i32, i32 } %234, 3
  %239 = bitcast i32 %235 to float
  %240 = bitcast i32 %236 to float
  %241 = bitcast i32 %237 to float
  %242 = bitcast i32 %238 to float
  %243 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %215) #0
  %244 = extractvalue { i32, i32, i32, i32 } %243, 0
  %245 = extractvalue { i32, i32, i32, i32 } %243, 1
  %246 = extractvalue { i32, i32, i32, i32 } %243, 2
  %247 = extractvalue { i32, i32, i32, i32 } %243, 3
  %248 = bitcast i32 %244 to float
  %249 = bitcast i32 %245 to float
  %250 = bitcast i32 %246 to float
  %251 = bitcast i32 %247 to float
  %252 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %119) #0
  %253 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %121) #0
  %254 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %123) #0
  %255 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %125) #0
  %256 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %141) #0
  %257 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %143) #0
  %258 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %145) #0
  %259 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %147) #0
  %260 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %163) #0
  %261 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %165) #0
  %262 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %167) #0
  %263 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %169) #0
  %264 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %185) #0
  %265 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %187) #0
  %266 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %189) #0
  %267 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %191) #0
  %268 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %129) #0
  %269 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %131) #0
  %270 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %133) #0
  %271 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %135) #0
  %272 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %151) #0
  %273 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %153) #0
  %274 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %155) #0
  %275 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %157) #0
  %276 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %173) #0
  %277 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %175) #0
  %278 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %177) #0
  %279 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %179) #0
  %280 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %195) #0
  %281 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %197) #0
  %282 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %199) #0
  %283 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %201) #0
  %284 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %221) #0
  %285 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %222) #0
  %286 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %223) #0
  %287 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %224) #0
  %288 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %230) #0
  %289 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %231) #0
  %290 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %232) #0
  %291 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %233) #0
  %292 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %239) #0
  %293 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %240) #0
  %294 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %241) #0
  %295 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %242) #0
  %296 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %248) #0
  %297 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %249) #0
  %298 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %250) #0
  %299 = tail call float asm "cvt.rna.tf32.f32 $0, $1;", "=r,r"(float %251) #0
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %300 = shl nuw nsw i32 %7, 9
  %301 = and i32 %300, 3072
  %302 = lshr i32 %7, 1
  %303 = and i32 %302, 60
  %304 = and i32 %7, 1
  %305 = icmp eq i32 %304, 0
  %306 = select i1 %305, i32 0, i32 576
  %307 = or disjoint i32 %301, %303
  %308 = or disjoint i32 %307, %306
  %309 = zext nneg i32 %308 to i64
  %310 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %309
  store float %284, ptr addrspace(3) %310, align 4
  %311 = getelementptr inbounds nuw i8, ptr addrspace(3) %310, i64 4096
  store float %292, ptr addrspace(3) %311, align 4
  %312 = xor i64 %309, 16
  %313 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %312
  %314 = getelementptr inbounds nuw i8, ptr addrspace(3) %313, i64 128
  store float %285, ptr addrspace(3) %314, align 4
  %315 = getelementptr inbounds nuw i8, ptr addrspace(3) %313, i64 4224
  store float %293, ptr addrspace(3) %315, align 4
  %316 = xor i64 %309, 32
  %317 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %316
  %318 = getelementptr inbounds nuw i8, ptr addrspace(3) %317, i64 256
  store float %286, ptr addrspace(3) %318, align 4
  %319 = getelementptr inbounds nuw i8, ptr addrspace(3) %317, i64 4352
  store float %294, ptr addrspace(3) %319, align 4
  %320 = xor i64 %309, 48
  %321 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %320
  %322 = getelementptr inbounds nuw i8, ptr addrspace(3) %321, i64 384
  store float %287, ptr addrspace(3) %322, align 4
  %323 = getelementptr inbounds nuw i8, ptr addrspace(3) %321, i64 4480
  store float %295, ptr addrspace(3) %323, align 4
  %324 = xor i32 %308, 64
  %325 = zext nneg i32 %324 to i64
  %326 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %325
  store float %288, ptr addrspace(3) %326, align 4
  %327 = getelementptr inbounds nuw i8, ptr addrspace(3) %326, i64 4096
  store float %296, ptr addrspace(3) %327, align 4
  %328 = xor i64 %309, 80
  %329 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %328
  %330 = getelementptr inbounds nuw i8, ptr addrspace(3) %329, i64 128
  store float %289, ptr addrspace(3) %330, align 4
  %331 = getelementptr inbounds nuw i8, ptr addrspace(3) %329, i64 4224
  store float %297, ptr addrspace(3) %331, align 4
  %332 = xor i64 %309, 96
  %333 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %332
  %334 = getelementptr inbounds nuw i8, ptr addrspace(3) %333, i64 256
  store float %290, ptr addrspace(3) %334, align 4
  %335 = getelementptr inbounds nuw i8, ptr addrspace(3) %333, i64 4352
  store float %298, ptr addrspace(3) %335, align 4
  %336 = xor i64 %309, 112
  %337 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %336
  %338 = getelementptr inbounds nuw i8, ptr addrspace(3) %337, i64 384
  store float %291, ptr addrspace(3) %338, align 4
  %339 = getelementptr inbounds nuw i8, ptr addrspace(3) %337, i64 4480
  store float %299, ptr addrspace(3) %339, align 4
  tail call void @llvm.nvvm.fence.proxy.async.shared_cta()
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %340 = lshr exact i32 ptrtoint (ptr addrspace(3) @global_smem to i32), 4
  %341 = and i32 %340, 32767
  %342 = bitcast float %252 to i32
  %343 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %342) #0
  %344 = bitcast i32 %343 to float
  %345 = bitcast float %253 to i32
  %346 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %345) #0
  %347 = bitcast i32 %346 to float
  %348 = bitcast float %254 to i32
  %349 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %348) #0
  %350 = bitcast i32 %349 to float
  %351 = bitcast float %255 to i32
  %352 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %351) #0
  %353 = bitcast i32 %352 to float
  %354 = bitcast float %256 to i32
  %355 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %354) #0
  %356 = bitcast i32 %355 to float
  %357 = bitcast float %257 to i32
  %358 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %357) #0
  %359 = bitcast i32 %358 to float
  %360 = bitcast float %258 to i32
  %361 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %360) #0
  %362 = bitcast i32 %361 to float
  %363 = bitcast float %259 to i32
  %364 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %363) #0
  %365 = bitcast i32 %364 to float
  %366 = bitcast float %260 to i32
  %367 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %366) #0
  %368 = bitcast i32 %367 to float
  %369 = bitcast float %261 to i32
  %370 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %369) #0
  %371 = bitcast i32 %370 to float
  %372 = bitcast float %262 to i32
  %373 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %372) #0
  %374 = bitcast i32 %373 to float
  %375 = bitcast float %263 to i32
  %376 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %375) #0
  %377 = bitcast i32 %376 to float
  %378 = bitcast float %264 to i32
  %379 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %378) #0
  %380 = bitcast i32 %379 to float
  %381 = bitcast float %265 to i32
  %382 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %381) #0
  %383 = bitcast i32 %382 to float
  %384 = bitcast float %266 to i32
  %385 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %384) #0
  %386 = bitcast i32 %385 to float
  %387 = bitcast float %267 to i32
  %388 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %387) #0
  %389 = bitcast i32 %388 to float
  %390 = bitcast float %268 to i32
  %391 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %390) #0
  %392 = bitcast i32 %391 to float
  %393 = bitcast float %269 to i32
  %394 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %393) #0
  %395 = bitcast i32 %394 to float
  %396 = bitcast float %270 to i32
  %397 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %396) #0
  %398 = bitcast i32 %397 to float
  %399 = bitcast float %271 to i32
  %400 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %399) #0
  %401 = bitcast i32 %400 to float
  %402 = bitcast float %272 to i32
  %403 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %402) #0
  %404 = bitcast i32 %403 to float
  %405 = bitcast float %273 to i32
  %406 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %405) #0
  %407 = bitcast i32 %406 to float
  %408 = bitcast float %274 to i32
  %409 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %408) #0
  %410 = bitcast i32 %409 to float
  %411 = bitcast float %275 to i32
  %412 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %411) #0
  %413 = bitcast i32 %412 to float
  %414 = bitcast float %276 to i32
  %415 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %414) #0
  %416 = bitcast i32 %415 to float
  %417 = bitcast float %277 to i32
  %418 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %417) #0
  %419 = bitcast i32 %418 to float
  %420 = bitcast float %278 to i32
  %421 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %420) #0
  %422 = bitcast i32 %421 to float
  %423 = bitcast float %279 to i32
  %424 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %423) #0
  %425 = bitcast i32 %424 to float
  %426 = bitcast float %280 to i32
  %427 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %426) #0
  %428 = bitcast i32 %427 to float
  %429 = bitcast float %281 to i32
  %430 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %429) #0
  %431 = bitcast i32 %430 to float
  %432 = bitcast float %282 to i32
  %433 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %432) #0
  %434 = bitcast i32 %433 to float
  %435 = bitcast float %283 to i32
  %436 = tail call i32 asm sideeffect "mov.b32 $0, $1;", "=r,r"(i32 %435) #0
  %437 = bitcast i32 %436 to float
  tail call void @llvm.nvvm.wgmma.fence.sync.aligned()
  %438 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %341, i64 0
  %439 = bitcast <2 x i32> %438 to i64
  %440 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$16,$17,$18,$19}, $20, 0, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,r,r,r,r,l"(float %344, float %347, float %350, float %353, i64 %439) #0
  %441 = add nuw nsw i32 %341, 2
  %442 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %441, i64 0
  %443 = bitcast <2 x i32> %442 to i64
  %444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 0
  %445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 1
  %446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 2
  %447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 3
  %448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 4
  %449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 5
  %450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 6
  %451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 7
  %452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 8
  %453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 9
  %454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 10
  %455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 11
  %456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 12
  %457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 13
  %458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 14
  %459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %440, 15
  %460 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %356, float %359, float %362, float %365, i64 %443, i1 true) #0
  %461 = add nuw nsw i32 %341, 4
  %462 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %461, i64 0
  %463 = bitcast <2 x i32> %462 to i64
  %464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 0
  %465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 1
  %466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 2
  %467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 3
  %468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 4
  %469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 5
  %470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 6
  %471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 7
  %472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 8
  %473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 9
  %474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 10
  %475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 11
  %476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 12
  %477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 13
  %478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 14
  %479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %460, 15
  %480 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %368, float %371, float %374, float %377, i64 %463, i1 true) #0
  %481 = add nuw nsw i32 %341, 6
  %482 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %481, i64 0
  %483 = bitcast <2 x i32> %482 to i64
  %484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 0
  %485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 1
  %486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 2
  %487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 3
  %488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 4
  %489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 5
  %490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 6
  %491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 7
  %492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 8
  %493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 9
  %494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 10
  %495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 11
  %496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 12
  %497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 13
  %498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 14
  %499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %480, 15
  %500 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %380, float %383, float %386, float %389, i64 %483, i1 true) #0
  %501 = add nuw nsw i32 %341, 256
  %502 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %501, i64 0
  %503 = bitcast <2 x i32> %502 to i64
  %504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 0
  %505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 1
  %506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 2
  %507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 3
  %508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 4
  %509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 5
  %510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 6
  %511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 7
  %512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 8
  %513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 9
  %514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 10
  %515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 11
  %516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 12
  %517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 13
  %518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 14
  %519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %500, 15
  %520 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %392, float %395, float %398, float %401, i64 %503, i1 true) #0
  %521 = add nuw nsw i32 %341, 258
  %522 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %521, i64 0
  %523 = bitcast <2 x i32> %522 to i64
  %524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 0
  %525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 1
  %526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 2
  %527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 3
  %528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 4
  %529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 5
  %530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 6
  %531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 7
  %532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 8
  %533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 9
  %534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 10
  %535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 11
  %536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 12
  %537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 13
  %538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 14
  %539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %520, 15
  %540 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %404, float %407, float %410, float %413, i64 %523, i1 true) #0
  %541 = add nuw nsw i32 %341, 260
  %542 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %541, i64 0
  %543 = bitcast <2 x i32> %542 to i64
  %544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 0
  %545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 1
  %546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 2
  %547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 3
  %548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 4
  %549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 5
  %550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 6
  %551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 7
  %552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 8
  %553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 9
  %554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 10
  %555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 11
  %556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 12
  %557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 13
  %558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 14
  %559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %540, 15
  %560 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %416, float %419, float %422, float %425, i64 %543, i1 true) #0
  %561 = add nuw nsw i32 %341, 262
  %562 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %561, i64 0
  %563 = bitcast <2 x i32> %562 to i64
  %564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 0
  %565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 1
  %566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 2
  %567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 3
  %568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 4
  %569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 5
  %570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 6
  %571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 7
  %572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 8
  %573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 9
  %574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 10
  %575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 11
  %576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 12
  %577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 13
  %578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 14
  %579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 15
  %580 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n32k8.f32.tf32.tf32 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15}, {$32,$33,$34,$35}, $36, $37, 1, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,r,r,r,r,l,b"(float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %428, float %431, float %434, float %437, i64 %563, i1 true) #0
  %581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 0
  %582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 1
  %583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 2
  %584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 3
  %585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 4
  %586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 5
  %587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 6
  %588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 7
  %589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 8
  %590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 9
  %591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 10
  %592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 11
  %593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 12
  %594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 13
  %595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 14
  %596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %580, 15
  tail call void @llvm.nvvm.wgmma.commit_group.sync.aligned()
  %597 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "// wait for regs: $0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15\0A\09wgmma.wait_group.sync.aligned 0;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15"(float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596) #0
  %598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 0
  %599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 1
  %600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 2
  %601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 3
  %602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 4
  %603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 5
  %604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 6
  %605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 7
  %606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 8
  %607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 9
  %608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 10
  %609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 11
  %610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 12
  %611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 13
  %612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 14
  %613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %597, 15
  tail call void @llvm.nvvm.griddepcontrol.launch.dependents()
  %614 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %210
  %615 = getelementptr [4 x i8], ptr addrspace(1) %614, i64 %208
  %616 = getelementptr i8, ptr addrspace(1) %615, i64 65536
  %617 = getelementptr i8, ptr addrspace(1) %615, i64 131072
  %618 = getelementptr i8, ptr addrspace(1) %615, i64 196608
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %619 = shl nuw nsw i32 %107, 4
  %620 = shl nuw nsw i32 %7, 3
  %621 = and i32 %620, 160
  %622 = select i1 %305, i32 0, i32 4112
  %623 = shl nuw nsw i32 %7, 5
  %624 = and i32 %623, 64
  %625 = and i32 %7, 8
  %626 = icmp eq i32 %625, 0
  %627 = select i1 %626, i32 0, i32 2056
  %628 = or disjoint i32 %622, %624
  %629 = or disjoint i32 %628, %627
  %630 = or disjoint i32 %619, %621
  %631 = or disjoint i32 %629, %630
  %632 = zext nneg i32 %631 to i64
  %633 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %632
  %634 = insertelement <2 x float> poison, float %598, i64 0
  %635 = insertelement <2 x float> %634, float %599, i64 1
  store <2 x float> %635, ptr addrspace(3) %633, align 8
  %636 = getelementptr inbounds nuw i8, ptr addrspace(3) %633, i64 256
  %637 = insertelement <2 x float> poison, float %600, i64 0
  %638 = insertelement <2 x float> %637, float %601, i64 1
  store <2 x float> %638, ptr addrspace(3) %636, align 8
  %639 = xor i32 %631, 8
  %640 = zext nneg i32 %639 to i64
  %641 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %640
  %642 = insertelement <2 x float> poison, float %602, i64 0
  %643 = insertelement <2 x float> %642, float %603, i64 1
  store <2 x float> %643, ptr addrspace(3) %641, align 8
  %644 = getelementptr inbounds nuw i8, ptr addrspace(3) %641, i64 256
  %645 = insertelement <2 x float> poison, float %604, i64 0
  %646 = insertelement <2 x float> %645, float %605, i64 1
  store <2 x float> %646, ptr addrspace(3) %644, align 8
  %647 = xor i32 %631, 16
  %648 = zext nneg i32 %647 to i64
  %649 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %648
  %650 = insertelement <2 x float> poison, float %606, i64 0
  %651 = insertelement <2 x float> %650, float %607, i64 1
  store <2 x float> %651, ptr addrspace(3) %649, align 8
  %652 = getelementptr inbounds nuw i8, ptr addrspace(3) %649, i64 256
  %653 = insertelement <2 x float> poison, float %608, i64 0
  %654 = insertelement <2 x float> %653, float %609, i64 1
  store <2 x float> %654, ptr addrspace(3) %652, align 8
  %655 = xor i32 %631, 24
  %656 = zext nneg i32 %655 to i64
  %657 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %656
  %658 = insertelement <2 x float> poison, float %610, i64 0
  %659 = insertelement <2 x float> %658, float %611, i64 1
  store <2 x float> %659, ptr addrspace(3) %657, align 8
  %660 = getelementptr inbounds nuw i8, ptr addrspace(3) %657, i64 256
  %661 = insertelement <2 x float> poison, float %612, i64 0
  %662 = insertelement <2 x float> %661, float %613, i64 1
  store <2 x float> %662, ptr addrspace(3) %660, align 8
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0)
  %663 = shl nuw nsw i32 %7, 2
  %664 = and i32 %663, 440
  %665 = shl nuw nsw i32 %304, 6
  %666 = icmp eq i32 %111, 0
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
  %679 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i64 %678
  %680 = getelementptr inbounds nuw i8, ptr addrspace(3) %679, i64 4096
  %681 = getelementptr inbounds nuw i8, ptr addrspace(3) %679, i64 4608
  %682 = load <2 x i32>, ptr addrspace(3) %681, align 8
  %683 = getelementptr inbounds nuw i8, ptr addrspace(3) %679, i64 5120
  %684 = load <2 x i32>, ptr addrspace(3) %683, align 8
  %685 = getelementptr inbounds nuw i8, ptr addrspace(3) %679, i64 5632
  %686 = load <2 x i32>, ptr addrspace(3) %685, align 8
  %.extract33 = load i32, ptr addrspace(3) %671, align 8
  %687 = getelementptr inbounds nuw i8, ptr addrspace(3) %671, i64 4
  %.extract1634 = load i32, ptr addrspace(3) %687, align 4
  %.extract1731 = load i32, ptr addrspace(3) %680, align 8
  %688 = getelementptr inbounds nuw i8, ptr addrspace(3) %679, i64 4100
  %.extract1832 = load i32, ptr addrspace(3) %688, align 4
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract33, i32 %.extract1634, i32 %.extract1731, i32 %.extract1832, ptr addrspace(1) %615) #0
  %.extract19 = extractelement <2 x i32> %673, i64 0
  %.extract20 = extractelement <2 x i32> %673, i64 1
  %.extract21 = extractelement <2 x i32> %682, i64 0
  %.extract22 = extractelement <2 x i32> %682, i64 1
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract19, i32 %.extract20, i32 %.extract21, i32 %.extract22, ptr addrspace(1) %616) #0
  %.extract23 = extractelement <2 x i32> %675, i64 0
  %.extract24 = extractelement <2 x i32> %675, i64 1
  %.extract25 = extractelement <2 x i32> %684, i64 0
  %.extract26 = extractelement <2 x i32> %684, i64 1
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract23, i32 %.extract24, i32 %.extract25, i32 %.extract26, ptr addrspace(1) %617) #0
  %.extract27 = extractelement <2 x i32> %677, i64 0
  %.extract28 = extractelement <2 x i32> %677, i64 1
  %.extract29 = extractelement <2 x i32> %686, i64 0
  %.extract30 = extractelement <2 x i32> %686, i64 1
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %.extract27, i32 %.extract28, i32 %.extract29, i32 %.extract30, ptr addrspace(1) %618) #0
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
