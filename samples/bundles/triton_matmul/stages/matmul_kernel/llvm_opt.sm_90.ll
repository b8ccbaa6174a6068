; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @matmul_kernel(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, i32 %4, i32 %5, i32 %6, i32 %7, i32 %8, ptr addrspace(1) nofree readnone captures(none) %9, ptr addrspace(1) nofree readnone captures(none) %10) local_unnamed_addr #0 !dbg !4 {
  %12 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !12
  %13 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y(), !dbg !13
  %14 = shl i32 %12, 6, !dbg !14
  %15 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !15
  %16 = lshr i32 %15, 2, !dbg !15
  %17 = lshr i32 %15, 3, !dbg !15
  %18 = or disjoint i32 %17, 16, !dbg !15
  %19 = shl nuw nsw i32 %15, 3, !dbg !15
  %20 = and i32 %19, 56, !dbg !15
  %21 = or disjoint i32 %16, %14, !dbg !14
  %22 = or disjoint i32 %21, 32, !dbg !14
  %23 = shl nuw nsw i32 %13, 6, !dbg !16
  %24 = or disjoint i32 %20, %23, !dbg !16
  %25 = mul i32 %6, %21, !dbg !17
  %26 = mul i32 %6, %22, !dbg !17
  %27 = sext i32 %25 to i64, !dbg !18
  %28 = getelementptr [2 x i8], ptr addrspace(1) %0, i64 %27, !dbg !18
  %29 = sext i32 %26 to i64, !dbg !18
  %30 = getelementptr [2 x i8], ptr addrspace(1) %0, i64 %29, !dbg !18
  %31 = and i32 %19, 24, !dbg !19
  %32 = zext nneg i32 %31 to i64, !dbg !18
  %33 = getelementptr [2 x i8], ptr addrspace(1) %28, i64 %32, !dbg !18
  %34 = getelementptr [2 x i8], ptr addrspace(1) %30, i64 %32, !dbg !18
  %35 = mul i32 %7, %17, !dbg !20
  %36 = mul i32 %7, %18, !dbg !20
  %37 = sext i32 %35 to i64, !dbg !21
  %38 = getelementptr [2 x i8], ptr addrspace(1) %1, i64 %37, !dbg !21
  %39 = sext i32 %36 to i64, !dbg !21
  %40 = getelementptr [2 x i8], ptr addrspace(1) %1, i64 %39, !dbg !21
  %41 = zext nneg i32 %24 to i64, !dbg !21
  %42 = getelementptr [2 x i8], ptr addrspace(1) %38, i64 %41, !dbg !21
  %43 = getelementptr [2 x i8], ptr addrspace(1) %40, i64 %41, !dbg !21
  %44 = add i32 %5, 31, !dbg !22
  %45 = sdiv i32 %44, 32, !dbg !27
  %46 = icmp slt i32 %21, %3, !dbg !28
  %47 = icmp slt i32 %22, %3, !dbg !28
  %48 = icmp slt i32 %24, %4, !dbg !29
  %49 = shl i32 %7, 5, !dbg !30
  %50 = icmp sgt i32 %44, 31, !dbg !31
  %51 = icmp slt i32 %31, %5, !dbg !32
  %52 = and i1 %46, %51, !dbg !33
  %53 = and i1 %47, %51, !dbg !33
  %54 = and i1 %50, %52, !dbg !31
  %55 = and i1 %50, %53, !dbg !31
  %56 = shl nuw nsw i32 %15, 4, !dbg !34
  %57 = shl nuw nsw i32 %15, 1, !dbg !34
  %58 = and i32 %57, 48, !dbg !34
  %59 = xor i32 %58, %56, !dbg !34
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %59, !dbg !34
  %61 = select i1 %54, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %60, ptr addrspace(1) %33, i32 %61) #2, !dbg !34
  %62 = or disjoint i32 %59, 2048, !dbg !34
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %62, !dbg !34
  %64 = select i1 %55, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %63, ptr addrspace(1) %34, i32 %64) #2, !dbg !34
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !34
  %65 = icmp slt i32 %17, %5, !dbg !35
  %66 = icmp slt i32 %18, %5, !dbg !35
  %67 = and i1 %48, %65, !dbg !36
  %68 = and i1 %48, %66, !dbg !36
  %69 = and i1 %50, %67, !dbg !31
  %70 = and i1 %50, %68, !dbg !31
  %71 = and i32 %57, 112, !dbg !37
  %72 = xor i32 %71, %56, !dbg !37
  %73 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %72, !dbg !37
  %74 = select i1 %69, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %73, ptr addrspace(1) %42, i32 %74) #2, !dbg !37
  %75 = or disjoint i32 %72, 2048, !dbg !37
  %76 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %75, !dbg !37
  %77 = select i1 %70, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %76, ptr addrspace(1) %43, i32 %77) #2, !dbg !37
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !37
  %78 = icmp sgt i32 %44, 63, !dbg !31
  %79 = getelementptr i8, ptr addrspace(1) %33, i64 64, !dbg !38
  %80 = getelementptr i8, ptr addrspace(1) %34, i64 64, !dbg !38
  %81 = sext i32 %49 to i64, !dbg !39
  %82 = getelementptr [2 x i8], ptr addrspace(1) %42, i64 %81, !dbg !39
  %83 = getelementptr [2 x i8], ptr addrspace(1) %43, i64 %81, !dbg !39
  %84 = add i32 %5, -32, !dbg !40
  %85 = icmp slt i32 %31, %84, !dbg !32
  %86 = and i1 %46, %85, !dbg !33
  %87 = and i1 %47, %85, !dbg !33
  %88 = and i1 %78, %86, !dbg !31
  %89 = and i1 %78, %87, !dbg !31
  %90 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %59, !dbg !34
  %91 = select i1 %88, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %90, ptr addrspace(1) %79, i32 %91) #2, !dbg !34
  %92 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %62, !dbg !34
  %93 = select i1 %89, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %92, ptr addrspace(1) %80, i32 %93) #2, !dbg !34
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !34
  %94 = icmp slt i32 %17, %84, !dbg !35
  %95 = icmp slt i32 %18, %84, !dbg !35
  %96 = and i1 %48, %94, !dbg !36
  %97 = and i1 %48, %95, !dbg !36
  %98 = and i1 %78, %96, !dbg !31
  %99 = and i1 %78, %97, !dbg !31
  %100 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %72, !dbg !37
  %101 = select i1 %98, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %100, ptr addrspace(1) %82, i32 %101) #2, !dbg !37
  %102 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %75, !dbg !37
  %103 = select i1 %99, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %102, ptr addrspace(1) %83, i32 %103) #2, !dbg !37
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !37
  br i1 %50, label %.lr.ph, label %._crit_edge, !dbg !31

.lr.ph:                                           ; preds = %11
  %104 = add nsw i32 %45, -2
  %.neg65 = add nsw i32 %5, -64
  br label %105, !dbg !31

105:                                              ; preds = %105, %.lr.ph
  %106 = phi i32 [ -1, %.lr.ph ], [ %144, %105 ]
  %107 = phi i32 [ 1, %.lr.ph ], [ %269, %105 ]
  %.pn4869 = phi ptr addrspace(1) [ %83, %.lr.ph ], [ %266, %105 ]
  %.pn6468 = phi ptr addrspace(1) [ %82, %.lr.ph ], [ %265, %105 ]
  %.pn1667 = phi ptr addrspace(1) [ %80, %.lr.ph ], [ %264, %105 ]
  %.pn3266 = phi ptr addrspace(1) [ %79, %.lr.ph ], [ %263, %105 ]
  %108 = phi float [ 0.000000e+00, %.lr.ph ], [ %231, %105 ]
  %109 = phi float [ 0.000000e+00, %.lr.ph ], [ %232, %105 ]
  %110 = phi float [ 0.000000e+00, %.lr.ph ], [ %233, %105 ]
  %111 = phi float [ 0.000000e+00, %.lr.ph ], [ %234, %105 ]
  %112 = phi float [ 0.000000e+00, %.lr.ph ], [ %235, %105 ]
  %113 = phi float [ 0.000000e+00, %.lr.ph ], [ %236, %105 ]
  %114 = phi float [ 0.000000e+00, %.lr.ph ], [ %237, %105 ]
  %115 = phi float [ 0.000000e+00, %.lr.ph ], [ %238, %105 ]
  %116 = phi float [ 0.000000e+00, %.lr.ph ], [ %239, %105 ]
  %117 = phi float [ 0.000000e+00, %.lr.ph ], [ %240, %105 ]
  %118 = phi float [ 0.000000e+00, %.lr.ph ], [ %241, %105 ]
  %119 = phi float [ 0.000000e+00, %.lr.ph ], [ %242, %105 ]
  %120 = phi float [ 0.000000e+00, %.lr.ph ], [ %243, %105 ]
  %121 = phi float [ 0.000000e+00, %.lr.ph ], [ %244, %105 ]
  %122 = phi float [ 0.000000e+00, %.lr.ph ], [ %245, %105 ]
  %123 = phi float [ 0.000000e+00, %.lr.ph ], [ %246, %105 ]
  %124 = phi float [ 0.000000e+00, %.lr.ph ], [ %247, %105 ]
  %125 = phi float [ 0.000000e+00, %.lr.ph ], [ %248, %105 ]
  %126 = phi float [ 0.000000e+00, %.lr.ph ], [ %249, %105 ]
  %127 = phi float [ 0.000000e+00, %.lr.ph ], [ %250, %105 ]
  %128 = phi float [ 0.000000e+00, %.lr.ph ], [ %251, %105 ]
  %129 = phi float [ 0.000000e+00, %.lr.ph ], [ %252, %105 ]
  %130 = phi float [ 0.000000e+00, %.lr.ph ], [ %253, %105 ]
  %131 = phi float [ 0.000000e+00, %.lr.ph ], [ %254, %105 ]
  %132 = phi float [ 0.000000e+00, %.lr.ph ], [ %255, %105 ]
  %133 = phi float [ 0.000000e+00, %.lr.ph ], [ %256, %105 ]
  %134 = phi float [ 0.000000e+00, %.lr.ph ], [ %257, %105 ]
  %135 = phi float [ 0.000000e+00, %.lr.ph ], [ %258, %105 ]
  %136 = phi float [ 0.000000e+00, %.lr.ph ], [ %259, %105 ]
  %137 = phi float [ 0.000000e+00, %.lr.ph ], [ %260, %105 ]
  %138 = phi float [ 0.000000e+00, %.lr.ph ], [ %261, %105 ]
  %139 = phi float [ 0.000000e+00, %.lr.ph ], [ %262, %105 ]
  %140 = phi i32 [ 0, %.lr.ph ], [ %294, %105 ]
  %141 = icmp slt i32 %140, %104, !dbg !31
  %142 = add i32 %106, 1, !dbg !31
  %143 = icmp sgt i32 %142, 2, !dbg !31
  %144 = select i1 %143, i32 0, i32 %142, !dbg !31
  tail call void @llvm.nvvm.cp.async.wait.group(i32 2), !dbg !34
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !34
  %145 = shl i32 %144, 11, !dbg !34
  %146 = getelementptr [2 x i8], ptr addrspace(3) @global_smem, i32 %145, !dbg !34
  %147 = getelementptr [2 x i8], ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %145, !dbg !37
  tail call void @llvm.nvvm.fence.proxy.async.shared_cta(), !dbg !41
  %148 = ptrtoint ptr addrspace(3) %146 to i32, !dbg !41
  %149 = lshr exact i32 %148, 4, !dbg !41
  %150 = and i32 %149, 32767, !dbg !41
  %151 = ptrtoint ptr addrspace(3) %147 to i32, !dbg !41
  %152 = lshr exact i32 %151, 4, !dbg !41
  %153 = and i32 %152, 32767, !dbg !41
  tail call void @llvm.nvvm.wgmma.fence.sync.aligned(), !dbg !41
  %154 = insertelement <2 x i32> <i32 poison, i32 -2147483616>, i32 %150, i64 0, !dbg !41
  %155 = bitcast <2 x i32> %154 to i64, !dbg !41
  %156 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %153, i64 0, !dbg !41
  %157 = bitcast <2 x i32> %156 to i64, !dbg !41
  %158 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31}, $64, $65, $66, 1, 1, 0, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,b"(float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, i64 %155, i64 %157, i1 true) #2, !dbg !41
  %159 = add nuw nsw i32 %150, 2, !dbg !41
  %160 = insertelement <2 x i32> <i32 poison, i32 -2147483616>, i32 %159, i64 0, !dbg !41
  %161 = bitcast <2 x i32> %160 to i64, !dbg !41
  %162 = add nuw nsw i32 %153, 128, !dbg !41
  %163 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %162, i64 0, !dbg !41
  %164 = bitcast <2 x i32> %163 to i64, !dbg !41
  %165 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 0, !dbg !41
  %166 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 1, !dbg !41
  %167 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 2, !dbg !41
  %168 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 3, !dbg !41
  %169 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 4, !dbg !41
  %170 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 5, !dbg !41
  %171 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 6, !dbg !41
  %172 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 7, !dbg !41
  %173 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 8, !dbg !41
  %174 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 9, !dbg !41
  %175 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 10, !dbg !41
  %176 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 11, !dbg !41
  %177 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 12, !dbg !41
  %178 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 13, !dbg !41
  %179 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 14, !dbg !41
  %180 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 15, !dbg !41
  %181 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 16, !dbg !41
  %182 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 17, !dbg !41
  %183 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 18, !dbg !41
  %184 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 19, !dbg !41
  %185 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 20, !dbg !41
  %186 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 21, !dbg !41
  %187 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 22, !dbg !41
  %188 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 23, !dbg !41
  %189 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 24, !dbg !41
  %190 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 25, !dbg !41
  %191 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 26, !dbg !41
  %192 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 27, !dbg !41
  %193 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 28, !dbg !41
  %194 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 29, !dbg !41
  %195 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 30, !dbg !41
  %196 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %158, 31, !dbg !41
  %197 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31}, $64, $65, $66, 1, 1, 0, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,b"(float %165, float %166, float %167, float %168, float %169, float %170, float %171, float %172, float %173, float %174, float %175, float %176, float %177, float %178, float %179, float %180, float %181, float %182, float %183, float %184, float %185, float %186, float %187, float %188, float %189, float %190, float %191, float %192, float %193, float %194, float %195, float %196, i64 %161, i64 %164, i1 true) #2, !dbg !41
  %198 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 0, !dbg !41
  %199 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 1, !dbg !41
  %200 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 2, !dbg !41
  %201 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 3, !dbg !41
  %202 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 4, !dbg !41
  %203 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 5, !dbg !41
  %204 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 6, !dbg !41
  %205 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 7, !dbg !41
  %206 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 8, !dbg !41
  %207 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 9, !dbg !41
  %208 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 10, !dbg !41
  %209 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 11, !dbg !41
  %210 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 12, !dbg !41
  %211 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 13, !dbg !41
  %212 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 14, !dbg !41
  %213 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 15, !dbg !41
  %214 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 16, !dbg !41
  %215 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 17, !dbg !41
  %216 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 18, !dbg !41
  %217 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 19, !dbg !41
  %218 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 20, !dbg !41
  %219 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 21, !dbg !41
  %220 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 22, !dbg !41
  %221 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 23, !dbg !41
  %222 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 24, !dbg !41
  %223 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 25, !dbg !41
  %224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 26, !dbg !41
  %225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 27, !dbg !41
  %226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 28, !dbg !41
  %227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 29, !dbg !41
  %228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 30, !dbg !41
  %229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %197, 31, !dbg !41
  tail call void @llvm.nvvm.wgmma.commit_group.sync.aligned(), !dbg !41
  %230 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } asm sideeffect "// wait for regs: $0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35,$36,$37\0A\09wgmma.wait_group.sync.aligned 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=l,=r,=r,=l,=r,=r,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37"(float %198, float %199, float %200, float %201, float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, float %216, float %217, float %218, float %219, float %220, float %221, float %222, float %223, float %224, float %225, float %226, float %227, float %228, float %229, ptr addrspace(3) %146, i32 0, i32 0, ptr addrspace(3) %147, i32 0, i32 0) #2, !dbg !41
  %231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 0, !dbg !41
  %232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 1, !dbg !41
  %233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 2, !dbg !41
  %234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 3, !dbg !41
  %235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 4, !dbg !41
  %236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 5, !dbg !41
  %237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 6, !dbg !41
  %238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 7, !dbg !41
  %239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 8, !dbg !41
  %240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 9, !dbg !41
  %241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 10, !dbg !41
  %242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 11, !dbg !41
  %243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 12, !dbg !41
  %244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 13, !dbg !41
  %245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 14, !dbg !41
  %246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 15, !dbg !41
  %247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 16, !dbg !41
  %248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 17, !dbg !41
  %249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 18, !dbg !41
  %250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 19, !dbg !41
  %251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 20, !dbg !41
  %252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 21, !dbg !41
  %253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 22, !dbg !41
  %254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 23, !dbg !41
  %255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 24, !dbg !41
  %256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 25, !dbg !41
  %257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 26, !dbg !41
  %258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 27, !dbg !41
  %259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 28, !dbg !41
  %260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 29, !dbg !41
  %261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 30, !dbg !41
  %262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %230, 31, !dbg !41
  %263 = getelementptr i8, ptr addrspace(1) %.pn3266, i64 64, !dbg !38
  %264 = getelementptr i8, ptr addrspace(1) %.pn1667, i64 64, !dbg !38
  %265 = getelementptr [2 x i8], ptr addrspace(1) %.pn6468, i64 %81, !dbg !39
  %266 = getelementptr [2 x i8], ptr addrspace(1) %.pn4869, i64 %81, !dbg !39
  %267 = add i32 %107, 1, !dbg !31
  %268 = icmp sgt i32 %267, 2, !dbg !31
  %269 = select i1 %268, i32 0, i32 %267, !dbg !31
  %270 = shl i32 %140, 5, !dbg !40
  %271 = sub i32 %.neg65, %270, !dbg !40
  %272 = icmp slt i32 %31, %271, !dbg !32
  %273 = and i1 %46, %272, !dbg !33
  %274 = and i1 %47, %272, !dbg !33
  %275 = shl i32 %269, 11, !dbg !34
  %276 = getelementptr [2 x i8], ptr addrspace(3) @global_smem, i32 %275, !dbg !34
  %277 = and i1 %141, %273, !dbg !31
  %278 = and i1 %141, %274, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !34
  %279 = getelementptr inbounds nuw i8, ptr addrspace(3) %276, i32 %59, !dbg !34
  %280 = select i1 %277, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %279, ptr addrspace(1) %263, i32 %280) #2, !dbg !34
  %281 = getelementptr inbounds nuw i8, ptr addrspace(3) %276, i32 %62, !dbg !34
  %282 = select i1 %278, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %281, ptr addrspace(1) %264, i32 %282) #2, !dbg !34
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !34
  %283 = icmp slt i32 %17, %271, !dbg !35
  %284 = icmp slt i32 %18, %271, !dbg !35
  %285 = and i1 %48, %283, !dbg !36
  %286 = and i1 %48, %284, !dbg !36
  %287 = getelementptr [2 x i8], ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %275, !dbg !37
  %288 = and i1 %141, %285, !dbg !31
  %289 = and i1 %141, %286, !dbg !31
  %290 = getelementptr inbounds nuw i8, ptr addrspace(3) %287, i32 %72, !dbg !37
  %291 = select i1 %288, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %290, ptr addrspace(1) %265, i32 %291) #2, !dbg !37
  %292 = getelementptr inbounds nuw i8, ptr addrspace(3) %287, i32 %75, !dbg !37
  %293 = select i1 %289, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %292, ptr addrspace(1) %266, i32 %293) #2, !dbg !37
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !37
  %294 = add nuw nsw i32 %140, 1, !dbg !31
  %exitcond.not = icmp eq i32 %294, %45, !dbg !31
  br i1 %exitcond.not, label %._crit_edge, label %105, !dbg !31

._crit_edge:                                      ; preds = %105, %11
  %295 = phi float [ 0.000000e+00, %11 ], [ %231, %105 ]
  %296 = phi float [ 0.000000e+00, %11 ], [ %232, %105 ]
  %297 = phi float [ 0.000000e+00, %11 ], [ %233, %105 ]
  %298 = phi float [ 0.000000e+00, %11 ], [ %234, %105 ]
  %299 = phi float [ 0.000000e+00, %11 ], [ %235, %105 ]
  %300 = phi float [ 0.000000e+00, %11 ], [ %236, %105 ]
  %301 = phi float [ 0.000000e+00, %11 ], [ %237, %105 ]
  %302 = phi float [ 0.000000e+00, %11 ], [ %238, %105 ]
  %303 = phi float [ 0.000000e+00, %11 ], [ %239, %105 ]
  %304 = phi float [ 0.000000e+00, %11 ], [ %240, %105 ]
  %305 = phi float [ 0.000000e+00, %11 ], [ %241, %105 ]
  %306 = phi float [ 0.000000e+00, %11 ], [ %242, %105 ]
  %307 = phi float [ 0.000000e+00, %11 ], [ %243, %105 ]
  %308 = phi float [ 0.000000e+00, %11 ], [ %244, %105 ]
  %309 = phi float [ 0.000000e+00, %11 ], [ %245, %105 ]
  %310 = phi float [ 0.000000e+00, %11 ], [ %246, %105 ]
  %311 = phi float [ 0.000000e+00, %11 ], [ %247, %105 ]
  %312 = phi float [ 0.000000e+00, %11 ], [ %248, %105 ]
  %313 = phi float [ 0.000000e+00, %11 ], [ %249, %105 ]
  %314 = phi float [ 0.000000e+00, %11 ], [ %250, %105 ]
  %315 = phi float [ 0.000000e+00, %11 ], [ %251, %105 ]
  %316 = phi float [ 0.000000e+00, %11 ], [ %252, %105 ]
  %317 = phi float [ 0.000000e+00, %11 ], [ %253, %105 ]
  %318 = phi float [ 0.000000e+00, %11 ], [ %254, %105 ]
  %319 = phi float [ 0.000000e+00, %11 ], [ %255, %105 ]
  %320 = phi float [ 0.000000e+00, %11 ], [ %256, %105 ]
  %321 = phi float [ 0.000000e+00, %11 ], [ %257, %105 ]
  %322 = phi float [ 0.000000e+00, %11 ], [ %258, %105 ]
  %323 = phi float [ 0.000000e+00, %11 ], [ %259, %105 ]
  %324 = phi float [ 0.000000e+00, %11 ], [ %260, %105 ]
  %325 = phi float [ 0.000000e+00, %11 ], [ %261, %105 ]
  %326 = phi float [ 0.000000e+00, %11 ], [ %262, %105 ]
  %327 = or disjoint i32 %17, %14, !dbg !15
  %328 = or disjoint i32 %327, 48, !dbg !14
  %329 = or disjoint i32 %327, 32, !dbg !14
  %330 = or disjoint i32 %18, %14, !dbg !14
  %331 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "// wait for regs: $0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31\0A\09wgmma.wait_group.sync.aligned 0;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31"(float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326) #2, !dbg !31
  tail call void @llvm.nvvm.cp.async.wait.group(i32 0), !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %332 = mul i32 %8, %327, !dbg !42
  %333 = mul i32 %8, %330, !dbg !42
  %334 = mul i32 %8, %329, !dbg !42
  %335 = mul i32 %8, %328, !dbg !42
  %336 = sext i32 %332 to i64, !dbg !43
  %337 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %336, !dbg !43
  %338 = sext i32 %333 to i64, !dbg !43
  %339 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %338, !dbg !43
  %340 = sext i32 %334 to i64, !dbg !43
  %341 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %340, !dbg !43
  %342 = sext i32 %335 to i64, !dbg !43
  %343 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %342, !dbg !43
  %344 = getelementptr [2 x i8], ptr addrspace(1) %337, i64 %41, !dbg !43
  %345 = getelementptr [2 x i8], ptr addrspace(1) %339, i64 %41, !dbg !43
  %346 = getelementptr [2 x i8], ptr addrspace(1) %341, i64 %41, !dbg !43
  %347 = getelementptr [2 x i8], ptr addrspace(1) %343, i64 %41, !dbg !43
  %348 = icmp slt i32 %327, %3, !dbg !44
  %349 = icmp slt i32 %330, %3, !dbg !44
  %350 = icmp slt i32 %329, %3, !dbg !44
  %351 = icmp slt i32 %328, %3, !dbg !44
  %352 = and i1 %348, %48, !dbg !45
  %353 = and i1 %349, %48, !dbg !45
  %354 = and i1 %350, %48, !dbg !45
  %355 = and i1 %351, %48, !dbg !45
  %356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 0, !dbg !46
  %357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 1, !dbg !46
  %358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 2, !dbg !46
  %359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 3, !dbg !46
  %360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 4, !dbg !46
  %361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 5, !dbg !46
  %362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 6, !dbg !46
  %363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 7, !dbg !46
  %364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 8, !dbg !46
  %365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 9, !dbg !46
  %366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 10, !dbg !46
  %367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 11, !dbg !46
  %368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 12, !dbg !46
  %369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 13, !dbg !46
  %370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 14, !dbg !46
  %371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 15, !dbg !46
  %372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 16, !dbg !46
  %373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 17, !dbg !46
  %374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 18, !dbg !46
  %375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 19, !dbg !46
  %376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 20, !dbg !46
  %377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 21, !dbg !46
  %378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 22, !dbg !46
  %379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 23, !dbg !46
  %380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 24, !dbg !46
  %381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 25, !dbg !46
  %382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 26, !dbg !46
  %383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 27, !dbg !46
  %384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 28, !dbg !46
  %385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 29, !dbg !46
  %386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 30, !dbg !46
  %387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %331, 31, !dbg !46
  %388 = insertelement <2 x float> poison, float %356, i64 0, !dbg !46
  %389 = insertelement <2 x float> %388, float %357, i64 1, !dbg !46
  %390 = fptrunc <2 x float> %389 to <2 x half>, !dbg !46
  %391 = insertelement <2 x float> poison, float %358, i64 0, !dbg !46
  %392 = insertelement <2 x float> %391, float %359, i64 1, !dbg !46
  %393 = fptrunc <2 x float> %392 to <2 x half>, !dbg !46
  %394 = insertelement <2 x float> poison, float %360, i64 0, !dbg !46
  %395 = insertelement <2 x float> %394, float %361, i64 1, !dbg !46
  %396 = fptrunc <2 x float> %395 to <2 x half>, !dbg !46
  %397 = insertelement <2 x float> poison, float %362, i64 0, !dbg !46
  %398 = insertelement <2 x float> %397, float %363, i64 1, !dbg !46
  %399 = fptrunc <2 x float> %398 to <2 x half>, !dbg !46
  %400 = insertelement <2 x float> poison, float %364, i64 0, !dbg !46
  %401 = insertelement <2 x float> %400, float %365, i64 1, !dbg !46
  %402 = fptrunc <2 x float> %401 to <2 x half>, !dbg !46
  %403 = insertelement <2 x float> poison, float %366, i64 0, !dbg !46
  %404 = insertelement <2 x float> %403, float %367, i64 1, !dbg !46
  %405 = fptrunc <2 x float> %404 to <2 x half>, !dbg !46
  %406 = insertelement <2 x float> poison, float %368, i64 0, !dbg !46
  %407 = insertelement <2 x float> %406, float %369, i64 1, !dbg !46
  %408 = fptrunc <2 x float> %407 to <2 x half>, !dbg !46
  %409 = insertelement <2 x float> poison, float %370, i64 0, !dbg !46
  %410 = insertelement <2 x float> %409, float %371, i64 1, !dbg !46
  %411 = fptrunc <2 x float> %410 to <2 x half>, !dbg !46
  %412 = insertelement <2 x float> poison, float %372, i64 0, !dbg !46
  %413 = insertelement <2 x float> %412, float %373, i64 1, !dbg !46
  %414 = fptrunc <2 x float> %413 to <2 x half>, !dbg !46
  %415 = insertelement <2 x float> poison, float %374, i64 0, !dbg !46
  %416 = insertelement <2 x float> %415, float %375, i64 1, !dbg !46
  %417 = fptrunc <2 x float> %416 to <2 x half>, !dbg !46
  %418 = insertelement <2 x float> poison, float %376, i64 0, !dbg !46
  %419 = insertelement <2 x float> %418, float %377, i64 1, !dbg !46
  %420 = fptrunc <2 x float> %419 to <2 x half>, !dbg !46
  %421 = insertelement <2 x float> poison, float %378, i64 0, !dbg !46
  %422 = insertelement <2 x float> %421, float %379, i64 1, !dbg !46
  %423 = fptrunc <2 x float> %422 to <2 x half>, !dbg !46
  %424 = insertelement <2 x float> poison, float %380, i64 0, !dbg !46
  %425 = insertelement <2 x float> %424, float %381, i64 1, !dbg !46
  %426 = fptrunc <2 x float> %425 to <2 x half>, !dbg !46
  %427 = insertelement <2 x float> poison, float %382, i64 0, !dbg !46
  %428 = insertelement <2 x float> %427, float %383, i64 1, !dbg !46
  %429 = fptrunc <2 x float> %428 to <2 x half>, !dbg !46
  %430 = insertelement <2 x float> poison, float %384, i64 0, !dbg !46
  %431 = insertelement <2 x float> %430, float %385, i64 1, !dbg !46
  %432 = fptrunc <2 x float> %431 to <2 x half>, !dbg !46
  %433 = insertelement <2 x float> poison, float %386, i64 0, !dbg !46
  %434 = insertelement <2 x float> %433, float %387, i64 1, !dbg !46
  %435 = fptrunc <2 x float> %434 to <2 x half>, !dbg !46
  %436 = and i32 %56, 1536, !dbg !47
  %437 = and i32 %15, 1, !dbg !47
  %438 = shl nuw nsw i32 %437, 5, !dbg !47
  %439 = and i32 %15, 2, !dbg !47
  %440 = icmp eq i32 %439, 0, !dbg !47
  %441 = and i32 %15, 4, !dbg !47
  %442 = and i32 %15, 8, !dbg !47
  %443 = icmp eq i32 %442, 0, !dbg !47
  %444 = select i1 %443, i32 0, i32 2080, !dbg !47
  %445 = and i32 %15, 16, !dbg !47
  %446 = or disjoint i32 %436, %438, !dbg !47
  %447 = select i1 %440, i32 0, i32 4160, !dbg !47
  %448 = xor i32 %446, %444, !dbg !47
  %449 = insertelement <4 x i32> poison, i32 %441, i64 0, !dbg !47
  %450 = insertelement <4 x i32> %449, i32 %445, i64 1, !dbg !47
  %451 = insertelement <4 x i32> %450, i32 %448, i64 2, !dbg !47
  %452 = insertelement <4 x i32> %451, i32 %447, i64 3, !dbg !47
  %453 = shl nuw nsw <4 x i32> %452, <i32 2, i32 3, i32 0, i32 0>, !dbg !47
  %454 = tail call i32 @llvm.vector.reduce.or.v4i32(<4 x i32> %453), !dbg !47
  %455 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %454, !dbg !47
  %456 = bitcast <2 x half> %390 to i32, !dbg !47
  %457 = bitcast <2 x half> %396 to i32, !dbg !47
  %458 = bitcast <2 x half> %402 to i32, !dbg !47
  %459 = bitcast <2 x half> %408 to i32, !dbg !47
  %460 = insertelement <4 x i32> poison, i32 %456, i64 0, !dbg !47
  %461 = insertelement <4 x i32> %460, i32 %457, i64 1, !dbg !47
  %462 = insertelement <4 x i32> %461, i32 %458, i64 2, !dbg !47
  %463 = insertelement <4 x i32> %462, i32 %459, i64 3, !dbg !47
  store <4 x i32> %463, ptr addrspace(3) %455, align 16, !dbg !47
  %464 = getelementptr inbounds nuw i8, ptr addrspace(3) %455, i32 256, !dbg !47
  %465 = bitcast <2 x half> %393 to i32, !dbg !47
  %466 = bitcast <2 x half> %399 to i32, !dbg !47
  %467 = bitcast <2 x half> %405 to i32, !dbg !47
  %468 = bitcast <2 x half> %411 to i32, !dbg !47
  %469 = insertelement <4 x i32> poison, i32 %465, i64 0, !dbg !47
  %470 = insertelement <4 x i32> %469, i32 %466, i64 1, !dbg !47
  %471 = insertelement <4 x i32> %470, i32 %467, i64 2, !dbg !47
  %472 = insertelement <4 x i32> %471, i32 %468, i64 3, !dbg !47
  store <4 x i32> %472, ptr addrspace(3) %464, align 16, !dbg !47
  %473 = xor i32 %454, 64, !dbg !47
  %474 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %473, !dbg !47
  %475 = bitcast <2 x half> %414 to i32, !dbg !47
  %476 = bitcast <2 x half> %420 to i32, !dbg !47
  %477 = bitcast <2 x half> %426 to i32, !dbg !47
  %478 = bitcast <2 x half> %432 to i32, !dbg !47
  %479 = insertelement <4 x i32> poison, i32 %475, i64 0, !dbg !47
  %480 = insertelement <4 x i32> %479, i32 %476, i64 1, !dbg !47
  %481 = insertelement <4 x i32> %480, i32 %477, i64 2, !dbg !47
  %482 = insertelement <4 x i32> %481, i32 %478, i64 3, !dbg !47
  store <4 x i32> %482, ptr addrspace(3) %474, align 16, !dbg !47
  %483 = getelementptr inbounds nuw i8, ptr addrspace(3) %474, i32 256, !dbg !47
  %484 = bitcast <2 x half> %417 to i32, !dbg !47
  %485 = bitcast <2 x half> %423 to i32, !dbg !47
  %486 = bitcast <2 x half> %429 to i32, !dbg !47
  %487 = bitcast <2 x half> %435 to i32, !dbg !47
  %488 = insertelement <4 x i32> poison, i32 %484, i64 0, !dbg !47
  %489 = insertelement <4 x i32> %488, i32 %485, i64 1, !dbg !47
  %490 = insertelement <4 x i32> %489, i32 %486, i64 2, !dbg !47
  %491 = insertelement <4 x i32> %490, i32 %487, i64 3, !dbg !47
  store <4 x i32> %491, ptr addrspace(3) %483, align 16, !dbg !47
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !47
  %492 = shl nuw nsw i32 %15, 2, !dbg !47
  %493 = and i32 %492, 416, !dbg !47
  %494 = shl nuw nsw i32 %437, 6, !dbg !47
  %495 = shl nuw nsw i32 %439, 3, !dbg !47
  %496 = icmp eq i32 %441, 0, !dbg !47
  %497 = select i1 %496, i32 0, i32 2080, !dbg !47
  %498 = icmp eq i32 %445, 0, !dbg !47
  %499 = select i1 %498, i32 0, i32 4160, !dbg !47
  %500 = or disjoint i32 %493, %494, !dbg !47
  %501 = or disjoint i32 %497, %499, !dbg !47
  %502 = xor i32 %501, %500, !dbg !47
  %503 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %495, !dbg !47
  %504 = getelementptr inbounds nuw i8, ptr addrspace(3) %503, i32 %502, !dbg !47
  %505 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %504), !dbg !47
  %506 = extractvalue { i32, i32, i32, i32 } %505, 0, !dbg !47
  %507 = extractvalue { i32, i32, i32, i32 } %505, 1, !dbg !47
  %508 = extractvalue { i32, i32, i32, i32 } %505, 2, !dbg !47
  %509 = extractvalue { i32, i32, i32, i32 } %505, 3, !dbg !47
  %510 = getelementptr inbounds nuw i8, ptr addrspace(3) %504, i32 512, !dbg !47
  %511 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %510), !dbg !47
  %512 = extractvalue { i32, i32, i32, i32 } %511, 0, !dbg !47
  %513 = extractvalue { i32, i32, i32, i32 } %511, 1, !dbg !47
  %514 = extractvalue { i32, i32, i32, i32 } %511, 2, !dbg !47
  %515 = extractvalue { i32, i32, i32, i32 } %511, 3, !dbg !47
  %516 = getelementptr inbounds nuw i8, ptr addrspace(3) %504, i32 1024, !dbg !47
  %517 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %516), !dbg !47
  %518 = extractvalue { i32, i32, i32, i32 } %517, 0, !dbg !47
  %519 = extractvalue { i32, i32, i32, i32 } %517, 1, !dbg !47
  %520 = extractvalue { i32, i32, i32, i32 } %517, 2, !dbg !47
  %521 = extractvalue { i32, i32, i32, i32 } %517, 3, !dbg !47
  %522 = getelementptr inbounds nuw i8, ptr addrspace(3) %504, i32 1536, !dbg !47
  %523 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %522), !dbg !47
  %524 = extractvalue { i32, i32, i32, i32 } %523, 0, !dbg !47
  %525 = extractvalue { i32, i32, i32, i32 } %523, 1, !dbg !47
  %526 = extractvalue { i32, i32, i32, i32 } %523, 2, !dbg !47
  %527 = extractvalue { i32, i32, i32, i32 } %523, 3, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %506, i32 %507, i32 %508, i32 %509, ptr addrspace(1) %344, i1 %352) #2, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %512, i32 %513, i32 %514, i32 %515, ptr addrspace(1) %345, i1 %353) #2, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %518, i32 %519, i32 %520, i32 %521, ptr addrspace(1) %346, i1 %354) #2, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %524, i32 %525, i32 %526, i32 %527, ptr addrspace(1) %347, i1 %355) #2, !dbg !47
  ret void, !dbg !48
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 65535) i32 @llvm.nvvm.read.ptx.sreg.ctaid.y() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nounwind
declare void @llvm.nvvm.cp.async.commit.group() #2

; Function Attrs: nounwind
declare void @llvm.nvvm.cp.async.wait.group(i32 immarg) #2

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #3

; Function Attrs: convergent nocallback nofree nounwind memory(argmem: read)
declare { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) readonly captures(none)) #4

; Function Attrs: nocallback nounwind
declare void @llvm.nvvm.fence.proxy.async.shared_cta() #5

; Function Attrs: convergent nounwind
declare void @llvm.nvvm.wgmma.fence.sync.aligned() #6

; Function Attrs: convergent nounwind
declare void @llvm.nvvm.wgmma.commit_group.sync.aligned() #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.or.v4i32(<4 x i32>) #1

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { convergent nocallback nofree nounwind memory(argmem: read) }
attributes #5 = { nocallback nounwind }
attributes #6 = { convergent nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "triton_matmul.py", directory: "/work/main/samples")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "matmul_kernel", linkageName: "matmul_kernel", scope: !1, file: !1, line: 17, type: !5, scopeLine: 17, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !7, !9, !9, !9, !9, !9, !9, !10, !10}
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !8, size: 64, dwarfAddressSpace: 1)
!8 = !DIBasicType(name: "half", size: 16, encoding: DW_ATE_float)
!9 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !11, size: 64, dwarfAddressSpace: 1)
!11 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!12 = !DILocation(line: 19, column: 13, scope: !4)
!13 = !DILocation(line: 20, column: 13, scope: !4)
!14 = !DILocation(line: 21, column: 14, scope: !4)
!15 = !DILocation(line: 21, column: 32, scope: !4)
!16 = !DILocation(line: 22, column: 14, scope: !4)
!17 = !DILocation(line: 24, column: 22, scope: !4)
!18 = !DILocation(line: 24, column: 14, scope: !4)
!19 = !DILocation(line: 24, column: 52, scope: !4)
!20 = !DILocation(line: 25, column: 22, scope: !4)
!21 = !DILocation(line: 25, column: 14, scope: !4)
!22 = !DILocation(line: 43, column: 13, scope: !23, inlinedAt: !25)
!23 = distinct !DILexicalBlockFile(scope: !4, file: !24, discriminator: 0)
!24 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!25 = !DILocation(line: 27, column: 23, scope: !26)
!26 = distinct !DILexicalBlockFile(scope: !4, file: !1, discriminator: 0)
!27 = !DILocation(line: 43, column: 12, scope: !23, inlinedAt: !25)
!28 = !DILocation(line: 29, column: 35, scope: !4)
!29 = !DILocation(line: 30, column: 64, scope: !4)
!30 = !DILocation(line: 33, column: 19, scope: !4)
!31 = !DILocation(line: 27, column: 5, scope: !4)
!32 = !DILocation(line: 29, column: 59, scope: !4)
!33 = !DILocation(line: 29, column: 34, scope: !4)
!34 = !DILocation(line: 29, column: 13, scope: !4)
!35 = !DILocation(line: 30, column: 35, scope: !4)
!36 = !DILocation(line: 30, column: 34, scope: !4)
!37 = !DILocation(line: 30, column: 13, scope: !4)
!38 = !DILocation(line: 32, column: 9, scope: !4)
!39 = !DILocation(line: 33, column: 9, scope: !4)
!40 = !DILocation(line: 28, column: 18, scope: !4)
!41 = !DILocation(line: 31, column: 16, scope: !4)
!42 = !DILocation(line: 34, column: 22, scope: !4)
!43 = !DILocation(line: 34, column: 14, scope: !4)
!44 = !DILocation(line: 35, column: 48, scope: !4)
!45 = !DILocation(line: 35, column: 47, scope: !4)
!46 = !DILocation(line: 35, column: 22, scope: !4)
!47 = !DILocation(line: 35, column: 5, scope: !4)
!48 = !DILocation(line: 17, column: 1, scope: !4)
