; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @matmul_kernel(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, i32 %4, i32 %5, i32 %6, i32 %7, i32 %8, ptr addrspace(1) nofree readnone captures(none) %9, ptr addrspace(1) nofree readnone captures(none) %10) local_unnamed_addr #0 !dbg !4 {
  %12 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !12
  %13 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y(), !dbg !13
  %14 = shl i32 %12, 6, !dbg !14
  %15 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !15
  %16 = lshr i32 %15, 2, !dbg !15
  %17 = and i32 %16, 31, !dbg !15
  %18 = lshr i32 %15, 3, !dbg !15
  %19 = and i32 %18, 15, !dbg !15
  %20 = or disjoint i32 %19, 16, !dbg !15
  %21 = shl nuw nsw i32 %15, 3, !dbg !15
  %22 = and i32 %21, 56, !dbg !15
  %23 = or disjoint i32 %17, %14, !dbg !14
  %24 = or disjoint i32 %23, 32, !dbg !14
  %25 = shl nuw nsw i32 %13, 6, !dbg !16
  %26 = or disjoint i32 %22, %25, !dbg !16
  %27 = mul i32 %6, %23, !dbg !17
  %28 = mul i32 %6, %24, !dbg !17
  %29 = sext i32 %27 to i64, !dbg !18
  %30 = getelementptr [2 x i8], ptr addrspace(1) %0, i64 %29, !dbg !18
  %31 = sext i32 %28 to i64, !dbg !18
  %32 = getelementptr [2 x i8], ptr addrspace(1) %0, i64 %31, !dbg !18
  %33 = and i32 %21, 24, !dbg !19
  %34 = zext nneg i32 %33 to i64, !dbg !18
  %35 = getelementptr [2 x i8], ptr addrspace(1) %30, i64 %34, !dbg !18
  %36 = getelementptr [2 x i8], ptr addrspace(1) %32, i64 %34, !dbg !18
  %37 = mul i32 %7, %19, !dbg !20
  %38 = mul i32 %7, %20, !dbg !20
  %39 = sext i32 %37 to i64, !dbg !21
  %40 = getelementptr [2 x i8], ptr addrspace(1) %1, i64 %39, !dbg !21
  %41 = sext i32 %38 to i64, !dbg !21
  %42 = getelementptr [2 x i8], ptr addrspace(1) %1, i64 %41, !dbg !21
  %43 = zext nneg i32 %26 to i64, !dbg !21
  %44 = getelementptr [2 x i8], ptr addrspace(1) %40, i64 %43, !dbg !21
  %45 = getelementptr [2 x i8], ptr addrspace(1) %42, i64 %43, !dbg !21
  %46 = add i32 %5, 31, !dbg !22
  %47 = sdiv i32 %46, 32, !dbg !27
  %48 = icmp slt i32 %23, %3, !dbg !28
  %49 = icmp slt i32 %24, %3, !dbg !28
  %50 = icmp slt i32 %26, %4, !dbg !29
  %51 = shl i32 %7, 5, !dbg !30
  %52 = icmp sgt i32 %46, 31, !dbg !31
  %53 = icmp slt i32 %33, %5, !dbg !32
  %54 = and i1 %48, %53, !dbg !33
  %55 = and i1 %49, %53, !dbg !33
  %56 = and i1 %52, %54, !dbg !31
  %57 = and i1 %52, %55, !dbg !31
  %58 = shl nuw nsw i32 %15, 4, !dbg !34
  %59 = and i32 %58, 2032, !dbg !34
  %60 = shl nuw nsw i32 %15, 1, !dbg !34
  %61 = and i32 %60, 48, !dbg !34
  %62 = xor i32 %59, %61, !dbg !34
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %62, !dbg !34
  %64 = select i1 %56, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %63, ptr addrspace(1) %35, i32 %64) #2, !dbg !34
  %65 = or disjoint i32 %62, 2048, !dbg !34
  %66 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %65, !dbg !34
  %67 = select i1 %57, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %66, ptr addrspace(1) %36, i32 %67) #2, !dbg !34
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !34
  %68 = icmp slt i32 %19, %5, !dbg !35
  %69 = icmp slt i32 %20, %5, !dbg !35
  %70 = and i1 %50, %68, !dbg !36
  %71 = and i1 %50, %69, !dbg !36
  %72 = and i1 %52, %70, !dbg !31
  %73 = and i1 %52, %71, !dbg !31
  %74 = and i32 %60, 112, !dbg !37
  %75 = xor i32 %59, %74, !dbg !37
  %76 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %75, !dbg !37
  %77 = select i1 %72, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %76, ptr addrspace(1) %44, i32 %77) #2, !dbg !37
  %78 = or disjoint i32 %75, 2048, !dbg !37
  %79 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %78, !dbg !37
  %80 = select i1 %73, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %79, ptr addrspace(1) %45, i32 %80) #2, !dbg !37
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !37
  %81 = icmp sgt i32 %46, 63, !dbg !31
  %82 = getelementptr i8, ptr addrspace(1) %35, i64 64, !dbg !38
  %83 = getelementptr i8, ptr addrspace(1) %36, i64 64, !dbg !38
  %84 = sext i32 %51 to i64, !dbg !39
  %85 = getelementptr [2 x i8], ptr addrspace(1) %44, i64 %84, !dbg !39
  %86 = getelementptr [2 x i8], ptr addrspace(1) %45, i64 %84, !dbg !39
  %87 = add i32 %5, -32, !dbg !40
  %88 = icmp slt i32 %33, %87, !dbg !32
  %89 = and i1 %48, %88, !dbg !33
  %90 = and i1 %49, %88, !dbg !33
  %91 = and i1 %81, %89, !dbg !31
  %92 = and i1 %81, %90, !dbg !31
  %93 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %62, !dbg !34
  %94 = select i1 %91, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %93, ptr addrspace(1) %82, i32 %94) #2, !dbg !34
  %95 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %65, !dbg !34
  %96 = select i1 %92, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %95, ptr addrspace(1) %83, i32 %96) #2, !dbg !34
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !34
  %97 = icmp slt i32 %19, %87, !dbg !35
  %98 = icmp slt i32 %20, %87, !dbg !35
  %99 = and i1 %50, %97, !dbg !36
  %100 = and i1 %50, %98, !dbg !36
  %101 = and i1 %81, %99, !dbg !31
  %102 = and i1 %81, %100, !dbg !31
  %103 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %75, !dbg !37
  %104 = select i1 %101, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %103, ptr addrspace(1) %85, i32 %104) #2, !dbg !37
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %78, !dbg !37
  %106 = select i1 %102, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %105, ptr addrspace(1) %86, i32 %106) #2, !dbg !37
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !37
  br i1 %52, label %.lr.ph, label %._crit_edge, !dbg !31

.lr.ph:                                           ; preds = %11
  %107 = add nsw i32 %47, -2
  %.neg65 = add nsw i32 %5, -64
  br label %108, !dbg !31

108:                                              ; preds = %.lr.ph, %108
  %109 = phi i32 [ -1, %.lr.ph ], [ %147, %108 ]
  %110 = phi i32 [ 1, %.lr.ph ], [ %272, %108 ]
  %.pn4869 = phi ptr addrspace(1) [ %86, %.lr.ph ], [ %269, %108 ]
  %.pn6468 = phi ptr addrspace(1) [ %85, %.lr.ph ], [ %268, %108 ]
  %.pn1667 = phi ptr addrspace(1) [ %83, %.lr.ph ], [ %267, %108 ]
  %.pn3266 = phi ptr addrspace(1) [ %82, %.lr.ph ], [ %266, %108 ]
  %111 = phi float [ 0.000000e+00, %.lr.ph ], [ %234, %108 ]
  %112 = phi float [ 0.000000e+00, %.lr.ph ], [ %235, %108 ]
  %113 = phi float [ 0.000000e+00, %.lr.ph ], [ %236, %108 ]
  %114 = phi float [ 0.000000e+00, %.lr.ph ], [ %237, %108 ]
  %115 = phi float [ 0.000000e+00, %.lr.ph ], [ %238, %108 ]
  %116 = phi float [ 0.000000e+00, %.lr.ph ], [ %239, %108 ]
  %117 = phi float [ 0.000000e+00, %.lr.ph ], [ %240, %108 ]
  %118 = phi float [ 0.000000e+00, %.lr.ph ], [ %241, %108 ]
  %119 = phi float [ 0.000000e+00, %.lr.ph ], [ %242, %108 ]
  %120 = phi float [ 0.000000e+00, %.lr.ph ], [ %243, %108 ]
  %121 = phi float [ 0.000000e+00, %.lr.ph ], [ %244, %108 ]
  %122 = phi float [ 0.000000e+00, %.lr.ph ], [ %245, %108 ]
  %123 = phi float [ 0.000000e+00, %.lr.ph ], [ %246, %108 ]
  %124 = phi float [ 0.000000e+00, %.lr.ph ], [ %247, %108 ]
  %125 = phi float [ 0.000000e+00, %.lr.ph ], [ %248, %108 ]
  %126 = phi float [ 0.000000e+00, %.lr.ph ], [ %249, %108 ]
  %127 = phi float [ 0.000000e+00, %.lr.ph ], [ %250, %108 ]
  %128 = phi float [ 0.000000e+00, %.lr.ph ], [ %251, %108 ]
  %129 = phi float [ 0.000000e+00, %.lr.ph ], [ %252, %108 ]
  %130 = phi float [ 0.000000e+00, %.lr.ph ], [ %253, %108 ]
  %131 = phi float [ 0.000000e+00, %.lr.ph ], [ %254, %108 ]
  %132 = phi float [ 0.000000e+00, %.lr.ph ], [ %255, %108 ]
  %133 = phi float [ 0.000000e+00, %.lr.ph ], [ %256, %108 ]
  %134 = phi float [ 0.000000e+00, %.lr.ph ], [ %257, %108 ]
  %135 = phi float [ 0.000000e+00, %.lr.ph ], [ %258, %108 ]
  %136 = phi float [ 0.000000e+00, %.lr.ph ], [ %259, %108 ]
  %137 = phi float [ 0.000000e+00, %.lr.ph ], [ %260, %108 ]
  %138 = phi float [ 0.000000e+00, %.lr.ph ], [ %261, %108 ]
  %139 = phi float [ 0.000000e+00, %.lr.ph ], [ %262, %108 ]
  %140 = phi float [ 0.000000e+00, %.lr.ph ], [ %263, %108 ]
  %141 = phi float [ 0.000000e+00, %.lr.ph ], [ %264, %108 ]
  %142 = phi float [ 0.000000e+00, %.lr.ph ], [ %265, %108 ]
  %143 = phi i32 [ 0, %.lr.ph ], [ %297, %108 ]
  %144 = icmp slt i32 %143, %107, !dbg !31
  %145 = add i32 %109, 1, !dbg !31
  %146 = icmp sgt i32 %145, 2, !dbg !31
  %147 = select i1 %146, i32 0, i32 %145, !dbg !31
  tail call void @llvm.nvvm.cp.async.wait.group(i32 2), !dbg !34
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !34
  %148 = shl i32 %147, 11, !dbg !34
  %149 = getelementptr [2 x i8], ptr addrspace(3) @global_smem, i32 %148, !dbg !34
  %150 = getelementptr [2 x i8], ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %148, !dbg !37
  tail call void @llvm.nvvm.fence.proxy.async.shared_cta(), !dbg !41
  %151 = ptrtoint ptr addrspace(3) %149 to i32, !dbg !41
  %152 = lshr exact i32 %151, 4, !dbg !41
  %153 = and i32 %152, 32767, !dbg !41
  %154 = ptrtoint ptr addrspace(3) %150 to i32, !dbg !41
  %155 = lshr exact i32 %154, 4, !dbg !41
  %156 = and i32 %155, 32767, !dbg !41
  tail call void @llvm.nvvm.wgmma.fence.sync.aligned(), !dbg !41
  %157 = insertelement <2 x i32> <i32 poison, i32 -2147483616>, i32 %153, i64 0, !dbg !41
  %158 = bitcast <2 x i32> %157 to i64, !dbg !41
  %159 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %156, i64 0, !dbg !41
  %160 = bitcast <2 x i32> %159 to i64, !dbg !41
  %161 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31}, $64, $65, $66, 1, 1, 0, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,b"(float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, float %140, float %141, float %142, i64 %158, i64 %160, i1 true) #2, !dbg !41
  %162 = add nuw nsw i32 %153, 2, !dbg !41
  %163 = insertelement <2 x i32> <i32 poison, i32 -2147483616>, i32 %162, i64 0, !dbg !41
  %164 = bitcast <2 x i32> %163 to i64, !dbg !41
  %165 = add nuw nsw i32 %156, 128, !dbg !41
  %166 = insertelement <2 x i32> <i32 poison, i32 1073741888>, i32 %165, i64 0, !dbg !41
  %167 = bitcast <2 x i32> %166 to i64, !dbg !41
  %168 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 0, !dbg !41
  %169 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 1, !dbg !41
  %170 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 2, !dbg !41
  %171 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 3, !dbg !41
  %172 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 4, !dbg !41
  %173 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 5, !dbg !41
  %174 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 6, !dbg !41
  %175 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 7, !dbg !41
  %176 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 8, !dbg !41
  %177 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 9, !dbg !41
  %178 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 10, !dbg !41
  %179 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 11, !dbg !41
  %180 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 12, !dbg !41
  %181 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 13, !dbg !41
  %182 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 14, !dbg !41
  %183 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 15, !dbg !41
  %184 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 16, !dbg !41
  %185 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 17, !dbg !41
  %186 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 18, !dbg !41
  %187 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 19, !dbg !41
  %188 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 20, !dbg !41
  %189 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 21, !dbg !41
  %190 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 22, !dbg !41
  %191 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 23, !dbg !41
  %192 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 24, !dbg !41
  %193 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 25, !dbg !41
  %194 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 26, !dbg !41
  %195 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 27, !dbg !41
  %196 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 28, !dbg !41
  %197 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 29, !dbg !41
  %198 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 30, !dbg !41
  %199 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %161, 31, !dbg !41
  %200 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31}, $64, $65, $66, 1, 1, 0, 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,b"(float %168, float %169, float %170, float %171, float %172, float %173, float %174, float %175, float %176, float %177, float %178, float %179, float %180, float %181, float %182, float %183, float %184, float %185, float %186, float %187, float %188, float %189, float %190, float %191, float %192, float %193, float %194, float %195, float %196, float %197, float %198, float %199, i64 %164, i64 %167, i1 true) #2, !dbg !41
  %201 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 0, !dbg !41
  %202 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 1, !dbg !41
  %203 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 2, !dbg !41
  %204 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 3, !dbg !41
  %205 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 4, !dbg !41
  %206 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 5, !dbg !41
  %207 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 6, !dbg !41
  %208 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 7, !dbg !41
  %209 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 8, !dbg !41
  %210 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 9, !dbg !41
  %211 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 10, !dbg !41
  %212 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 11, !dbg !41
  %213 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 12, !dbg !41
  %214 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 13, !dbg !41
  %215 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 14, !dbg !41
  %216 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 15, !dbg !41
  %217 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 16, !dbg !41
  %218 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 17, !dbg !41
  %219 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 18, !dbg !41
  %220 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 19, !dbg !41
  %221 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 20, !dbg !41
  %222 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 21, !dbg !41
  %223 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 22, !dbg !41
  %224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 23, !dbg !41
  %225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 24, !dbg !41
  %226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 25, !dbg !41
  %227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 26, !dbg !41
  %228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 27, !dbg !41
  %229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 28, !dbg !41
  %230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 29, !dbg !41
  %231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 30, !dbg !41
  %232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %200, 31, !dbg !41
  tail call void @llvm.nvvm.wgmma.commit_group.sync.aligned(), !dbg !41
  %233 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } asm sideeffect "// wait for regs: $0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35,$36,$37\0A\09wgmma.wait_group.sync.aligned 1;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=l,=r,=r,=l,=r,=r,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37"(float %201, float %202, float %203, float %204, float %205, float %206, float %207, float %208, float %209, float %210, float %211, float %212, float %213, float %214, float %215, float %216, float %217, float %218, float %219, float %220, float %221, float %222, float %223, float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, ptr addrspace(3) %149, i32 0, i32 0, ptr addrspace(3) %150, i32 0, i32 0) #2, !dbg !41
  %234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 0, !dbg !41
  %235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 1, !dbg !41
  %236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 2, !dbg !41
  %237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 3, !dbg !41
  %238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 4, !dbg !41
  %239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 5, !dbg !41
  %240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 6, !dbg !41
  %241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 7, !dbg !41
  %242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 8, !dbg !41
  %243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 9, !dbg !41
  %244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 10, !dbg !41
  %245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 11, !dbg !41
  %246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 12, !dbg !41
  %247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 13, !dbg !41
  %248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 14, !dbg !41
  %249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 15, !dbg !41
  %250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 16, !dbg !41
  %251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 17, !dbg !41
  %252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 18, !dbg !41
  %253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 19, !dbg !41
  %254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 20, !dbg !41
  %255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 21, !dbg !41
  %256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 22, !dbg !41
  %257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 23, !dbg !41
  %258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 24, !dbg !41
  %259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 25, !dbg !41
  %260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 26, !dbg !41
  %261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 27, !dbg !41
  %262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 28, !dbg !41
  %263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 29, !dbg !41
  %264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 30, !dbg !41
  %265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, ptr addrspace(3), i32, i32, ptr addrspace(3), i32, i32 } %233, 31, !dbg !41
  %266 = getelementptr i8, ptr addrspace(1) %.pn3266, i64 64, !dbg !38
  %267 = getelementptr i8, ptr addrspace(1) %.pn1667, i64 64, !dbg !38
  %268 = getelementptr [2 x i8], ptr addrspace(1) %.pn6468, i64 %84, !dbg !39
  %269 = getelementptr [2 x i8], ptr addrspace(1) %.pn4869, i64 %84, !dbg !39
  %270 = add i32 %110, 1, !dbg !31
  %271 = icmp sgt i32 %270, 2, !dbg !31
  %272 = select i1 %271, i32 0, i32 %270, !dbg !31
  %273 = shl nuw nsw i32 %143, 5, !dbg !40
  %274 = sub i32 %.neg65, %273, !dbg !40
  %275 = icmp slt i32 %33, %274, !dbg !32
  %276 = and i1 %48, %275, !dbg !33
  %277 = and i1 %49, %275, !dbg !33
  %278 = shl i32 %272, 11, !dbg !34
  %279 = getelementptr [2 x i8], ptr addrspace(3) @global_smem, i32 %278, !dbg !34
  %280 = and i1 %144, %276, !dbg !31
  %281 = and i1 %144, %277, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !34
  %282 = getelementptr inbounds nuw i8, ptr addrspace(3) %279, i32 %62, !dbg !34
  %283 = select i1 %280, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %282, ptr addrspace(1) %266, i32 %283) #2, !dbg !34
  %284 = getelementptr inbounds nuw i8, ptr addrspace(3) %279, i32 %65, !dbg !34
  %285 = select i1 %281, i32 16, i32 0, !dbg !34
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %284, ptr addrspace(1) %267, i32 %285) #2, !dbg !34
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !34
  %286 = icmp slt i32 %19, %274, !dbg !35
  %287 = icmp slt i32 %20, %274, !dbg !35
  %288 = and i1 %50, %286, !dbg !36
  %289 = and i1 %50, %287, !dbg !36
  %290 = getelementptr [2 x i8], ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %278, !dbg !37
  %291 = and i1 %144, %288, !dbg !31
  %292 = and i1 %144, %289, !dbg !31
  %293 = getelementptr inbounds nuw i8, ptr addrspace(3) %290, i32 %75, !dbg !37
  %294 = select i1 %291, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) %293, ptr addrspace(1) %268, i32 %294) #2, !dbg !37
  %295 = getelementptr inbounds nuw i8, ptr addrspace(3) %290, i32 %78, !dbg !37
  %296 = select i1 %292, i32 16, i32 0, !dbg !37
  tail call void asm sideeffect "cp.async.cg.shared.global [ $0 + 0 ], [ $1 + 0 ], 0x10, $2;", "r,l,r"(ptr addrspace(3) nonnull %295, ptr addrspace(1) %269, i32 %296) #2, !dbg !37
  tail call void @llvm.nvvm.cp.async.commit.group(), !dbg !37
  %297 = add nuw nsw i32 %143, 1, !dbg !31
  %exitcond.not = icmp eq i32 %297, %47, !dbg !31
  br i1 %exitcond.not, label %._crit_edge, label %108, !dbg !31

._crit_edge:                                      ; preds = %108, %11
  %298 = phi float [ 0.000000e+00, %11 ], [ %234, %108 ]
  %299 = phi float [ 0.000000e+00, %11 ], [ %235, %108 ]
  %300 = phi float [ 0.000000e+00, %11 ], [ %236, %108 ]
  %301 = phi float [ 0.000000e+00, %11 ], [ %237, %108 ]
  %302 = phi float [ 0.000000e+00, %11 ], [ %238, %108 ]
  %303 = phi float [ 0.000000e+00, %11 ], [ %239, %108 ]
  %304 = phi float [ 0.000000e+00, %11 ], [ %240, %108 ]
  %305 = phi float [ 0.000000e+00, %11 ], [ %241, %108 ]
  %306 = phi float [ 0.000000e+00, %11 ], [ %242, %108 ]
  %307 = phi float [ 0.000000e+00, %11 ], [ %243, %108 ]
  %308 = phi float [ 0.000000e+00, %11 ], [ %244, %108 ]
  %309 = phi float [ 0.000000e+00, %11 ], [ %245, %108 ]
  %310 = phi float [ 0.000000e+00, %11 ], [ %246, %108 ]
  %311 = phi float [ 0.000000e+00, %11 ], [ %247, %108 ]
  %312 = phi float [ 0.000000e+00, %11 ], [ %248, %108 ]
  %313 = phi float [ 0.000000e+00, %11 ], [ %249, %108 ]
  %314 = phi float [ 0.000000e+00, %11 ], [ %250, %108 ]
  %315 = phi float [ 0.000000e+00, %11 ], [ %251, %108 ]
  %316 = phi float [ 0.000000e+00, %11 ], [ %252, %108 ]
  %317 = phi float [ 0.000000e+00, %11 ], [ %253, %108 ]
  %318 = phi float [ 0.000000e+00, %11 ], [ %254, %108 ]
  %319 = phi float [ 0.000000e+00, %11 ], [ %255, %108 ]
  %320 = phi float [ 0.000000e+00, %11 ], [ %256, %108 ]
  %321 = phi float [ 0.000000e+00, %11 ], [ %257, %108 ]
  %322 = phi float [ 0.000000e+00, %11 ], [ %258, %108 ]
  %323 = phi float [ 0.000000e+00, %11 ], [ %259, %108 ]
  %324 = phi float [ 0.000000e+00, %11 ], [ %260, %108 ]
  %325 = phi float [ 0.000000e+00, %11 ], [ %261, %108 ]
  %326 = phi float [ 0.000000e+00, %11 ], [ %262, %108 ]
  %327 = phi float [ 0.000000e+00, %11 ], [ %263, %108 ]
  %328 = phi float [ 0.000000e+00, %11 ], [ %264, %108 ]
  %329 = phi float [ 0.000000e+00, %11 ], [ %265, %108 ]
  %330 = or disjoint i32 %19, %14, !dbg !15
  %331 = or disjoint i32 %330, 48, !dbg !14
  %332 = or disjoint i32 %330, 32, !dbg !14
  %333 = or disjoint i32 %20, %14, !dbg !14
  %334 = tail call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "// wait for regs: $0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31\0A\09wgmma.wait_group.sync.aligned 0;", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31"(float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329) #2, !dbg !31
  tail call void @llvm.nvvm.cp.async.wait.group(i32 0), !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %335 = mul i32 %8, %330, !dbg !42
  %336 = mul i32 %8, %333, !dbg !42
  %337 = mul i32 %8, %332, !dbg !42
  %338 = mul i32 %8, %331, !dbg !42
  %339 = sext i32 %335 to i64, !dbg !43
  %340 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %339, !dbg !43
  %341 = sext i32 %336 to i64, !dbg !43
  %342 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %341, !dbg !43
  %343 = sext i32 %337 to i64, !dbg !43
  %344 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %343, !dbg !43
  %345 = sext i32 %338 to i64, !dbg !43
  %346 = getelementptr [2 x i8], ptr addrspace(1) %2, i64 %345, !dbg !43
  %347 = getelementptr [2 x i8], ptr addrspace(1) %340, i64 %43, !dbg !43
  %348 = getelementptr [2 x i8], ptr addrspace(1) %342, i64 %43, !dbg !43
  %349 = getelementptr [2 x i8], ptr addrspace(1) %344, i64 %43, !dbg !43
  %350 = getelementptr [2 x i8], ptr addrspace(1) %346, i64 %43, !dbg !43
  %351 = icmp slt i32 %330, %3, !dbg !44
  %352 = icmp slt i32 %333, %3, !dbg !44
  %353 = icmp slt i32 %332, %3, !dbg !44
  %354 = icmp slt i32 %331, %3, !dbg !44
  %355 = and i1 %351, %50, !dbg !45
  %356 = and i1 %352, %50, !dbg !45
  %357 = and i1 %353, %50, !dbg !45
  %358 = and i1 %354, %50, !dbg !45
  %359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 0, !dbg !46
  %360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 1, !dbg !46
  %361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 2, !dbg !46
  %362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 3, !dbg !46
  %363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 4, !dbg !46
  %364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 5, !dbg !46
  %365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 6, !dbg !46
  %366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 7, !dbg !46
  %367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 8, !dbg !46
  %368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 9, !dbg !46
  %369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 10, !dbg !46
  %370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 11, !dbg !46
  %371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 12, !dbg !46
  %372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 13, !dbg !46
  %373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 14, !dbg !46
  %374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 15, !dbg !46
  %375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 16, !dbg !46
  %376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 17, !dbg !46
  %377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 18, !dbg !46
  %378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 19, !dbg !46
  %379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 20, !dbg !46
  %380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 21, !dbg !46
  %381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 22, !dbg !46
  %382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 23, !dbg !46
  %383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 24, !dbg !46
  %384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 25, !dbg !46
  %385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 26, !dbg !46
  %386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 27, !dbg !46
  %387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 28, !dbg !46
  %388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 29, !dbg !46
  %389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 30, !dbg !46
  %390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %334, 31, !dbg !46
  %391 = insertelement <2 x float> poison, float %359, i64 0, !dbg !46
  %392 = insertelement <2 x float> %391, float %360, i64 1, !dbg !46
  %393 = fptrunc <2 x float> %392 to <2 x half>, !dbg !46
  %394 = insertelement <2 x float> poison, float %361, i64 0, !dbg !46
  %395 = insertelement <2 x float> %394, float %362, i64 1, !dbg !46
  %396 = fptrunc <2 x float> %395 to <2 x half>, !dbg !46
  %397 = insertelement <2 x float> poison, float %363, i64 0, !dbg !46
  %398 = insertelement <2 x float> %397, float %364, i64 1, !dbg !46
  %399 = fptrunc <2 x float> %398 to <2 x half>, !dbg !46
  %400 = insertelement <2 x float> poison, float %365, i64 0, !dbg !46
  %401 = insertelement <2 x float> %400, float %366, i64 1, !dbg !46
  %402 = fptrunc <2 x float> %401 to <2 x half>, !dbg !46
  %403 = insertelement <2 x float> poison, float %367, i64 0, !dbg !46
  %404 = insertelement <2 x float> %403, float %368, i64 1, !dbg !46
  %405 = fptrunc <2 x float> %404 to <2 x half>, !dbg !46
  %406 = insertelement <2 x float> poison, float %369, i64 0, !dbg !46
  %407 = insertelement <2 x float> %406, float %370, i64 1, !dbg !46
  %408 = fptrunc <2 x float> %407 to <2 x half>, !dbg !46
  %409 = insertelement <2 x float> poison, float %371, i64 0, !dbg !46
  %410 = insertelement <2 x float> %409, float %372, i64 1, !dbg !46
  %411 = fptrunc <2 x float> %410 to <2 x half>, !dbg !46
  %412 = insertelement <2 x float> poison, float %373, i64 0, !dbg !46
  %413 = insertelement <2 x float> %412, float %374, i64 1, !dbg !46
  %414 = fptrunc <2 x float> %413 to <2 x half>, !dbg !46
  %415 = insertelement <2 x float> poison, float %375, i64 0, !dbg !46
  %416 = insertelement <2 x float> %415, float %376, i64 1, !dbg !46
  %417 = fptrunc <2 x float> %416 to <2 x half>, !dbg !46
  %418 = insertelement <2 x float> poison, float %377, i64 0, !dbg !46
  %419 = insertelement <2 x float> %418, float %378, i64 1, !dbg !46
  %420 = fptrunc <2 x float> %419 to <2 x half>, !dbg !46
  %421 = insertelement <2 x float> poison, float %379, i64 0, !dbg !46
  %422 = insertelement <2 x float> %421, float %380, i64 1, !dbg !46
  %423 = fptrunc <2 x float> %422 to <2 x half>, !dbg !46
  %424 = insertelement <2 x float> poison, float %381, i64 0, !dbg !46
  %425 = insertelement <2 x float> %424, float %382, i64 1, !dbg !46
  %426 = fptrunc <2 x float> %425 to <2 x half>, !dbg !46
  %427 = insertelement <2 x float> poison, float %383, i64 0, !dbg !46
  %428 = insertelement <2 x float> %427, float %384, i64 1, !dbg !46
  %429 = fptrunc <2 x float> %428 to <2 x half>, !dbg !46
  %430 = insertelement <2 x float> poison, float %385, i64 0, !dbg !46
  %431 = insertelement <2 x float> %430, float %386, i64 1, !dbg !46
  %432 = fptrunc <2 x float> %431 to <2 x half>, !dbg !46
  %433 = insertelement <2 x float> poison, float %387, i64 0, !dbg !46
  %434 = insertelement <2 x float> %433, float %388, i64 1, !dbg !46
  %435 = fptrunc <2 x float> %434 to <2 x half>, !dbg !46
  %436 = insertelement <2 x float> poison, float %389, i64 0, !dbg !46
  %437 = insertelement <2 x float> %436, float %390, i64 1, !dbg !46
  %438 = fptrunc <2 x float> %437 to <2 x half>, !dbg !46
  %439 = and i32 %58, 1536, !dbg !47
  %440 = and i32 %15, 1, !dbg !47
  %441 = shl nuw nsw i32 %440, 5, !dbg !47
  %442 = and i32 %15, 2, !dbg !47
  %443 = icmp eq i32 %442, 0, !dbg !47
  %444 = and i32 %15, 4, !dbg !47
  %445 = and i32 %15, 8, !dbg !47
  %446 = icmp eq i32 %445, 0, !dbg !47
  %447 = select i1 %446, i32 0, i32 2080, !dbg !47
  %448 = and i32 %15, 16, !dbg !47
  %449 = or disjoint i32 %439, %441, !dbg !47
  %450 = select i1 %443, i32 0, i32 4160, !dbg !47
  %451 = xor i32 %449, %447, !dbg !47
  %452 = insertelement <4 x i32> poison, i32 %444, i64 0, !dbg !47
  %453 = insertelement <4 x i32> %452, i32 %448, i64 1, !dbg !47
  %454 = insertelement <4 x i32> %453, i32 %451, i64 2, !dbg !47
  %455 = insertelement <4 x i32> %454, i32 %450, i64 3, !dbg !47
  %456 = shl nuw nsw <4 x i32> %455, <i32 2, i32 3, i32 0, i32 0>, !dbg !47
  %457 = tail call i32 @llvm.vector.reduce.or.v4i32(<4 x i32> %456), !dbg !47
  %458 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %457, !dbg !47
  %459 = bitcast <2 x half> %393 to i32, !dbg !47
  %460 = bitcast <2 x half> %399 to i32, !dbg !47
  %461 = bitcast <2 x half> %405 to i32, !dbg !47
  %462 = bitcast <2 x half> %411 to i32, !dbg !47
  %463 = insertelement <4 x i32> poison, i32 %459, i64 0, !dbg !47
  %464 = insertelement <4 x i32> %463, i32 %460, i64 1, !dbg !47
  %465 = insertelement <4 x i32> %464, i32 %461, i64 2, !dbg !47
  %466 = insertelement <4 x i32> %465, i32 %462, i64 3, !dbg !47
  store <4 x i32> %466, ptr addrspace(3) %458, align 16, !dbg !47
  %467 = getelementptr inbounds nuw i8, ptr addrspace(3) %458, i32 256, !dbg !47
  %468 = bitcast <2 x half> %396 to i32, !dbg !47
  %469 = bitcast <2 x half> %402 to i32, !dbg !47
  %470 = bitcast <2 x half> %408 to i32, !dbg !47
  %471 = bitcast <2 x half> %414 to i32, !dbg !47
  %472 = insertelement <4 x i32> poison, i32 %468, i64 0, !dbg !47
  %473 = insertelement <4 x i32> %472, i32 %469, i64 1, !dbg !47
  %474 = insertelement <4 x i32> %473, i32 %470, i64 2, !dbg !47
  %475 = insertelement <4 x i32> %474, i32 %471, i64 3, !dbg !47
  store <4 x i32> %475, ptr addrspace(3) %467, align 16, !dbg !47
  %476 = xor i32 %457, 64, !dbg !47
  %477 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %476, !dbg !47
  %478 = bitcast <2 x half> %417 to i32, !dbg !47
  %479 = bitcast <2 x half> %423 to i32, !dbg !47
  %480 = bitcast <2 x half> %429 to i32, !dbg !47
  %481 = bitcast <2 x half> %435 to i32, !dbg !47
  %482 = insertelement <4 x i32> poison, i32 %478, i64 0, !dbg !47
  %483 = insertelement <4 x i32> %482, i32 %479, i64 1, !dbg !47
  %484 = insertelement <4 x i32> %483, i32 %480, i64 2, !dbg !47
  %485 = insertelement <4 x i32> %484, i32 %481, i64 3, !dbg !47
  store <4 x i32> %485, ptr addrspace(3) %477, align 16, !dbg !47
  %486 = getelementptr inbounds nuw i8, ptr addrspace(3) %477, i32 256, !dbg !47
  %487 = bitcast <2 x half> %420 to i32, !dbg !47
  %488 = bitcast <2 x half> %426 to i32, !dbg !47
  %489 = bitcast <2 x half> %432 to i32, !dbg !47
  %490 = bitcast <2 x half> %438 to i32, !dbg !47
  %491 = insertelement <4 x i32> poison, i32 %487, i64 0, !dbg !47
  %492 = insertelement <4 x i32> %491, i32 %488, i64 1, !dbg !47
  %493 = insertelement <4 x i32> %492, i32 %489, i64 2, !dbg !47
  %494 = insertelement <4 x i32> %493, i32 %490, i64 3, !dbg !47
  store <4 x i32> %494, ptr addrspace(3) %486, align 16, !dbg !47
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !47
  %495 = shl nuw nsw i32 %15, 2, !dbg !47
  %496 = and i32 %495, 416, !dbg !47
  %497 = shl nuw nsw i32 %440, 6, !dbg !47
  %498 = shl nuw nsw i32 %442, 3, !dbg !47
  %499 = icmp eq i32 %444, 0, !dbg !47
  %500 = select i1 %499, i32 0, i32 2080, !dbg !47
  %501 = icmp eq i32 %448, 0, !dbg !47
  %502 = select i1 %501, i32 0, i32 4160, !dbg !47
  %503 = or disjoint i32 %496, %497, !dbg !47
  %504 = or disjoint i32 %500, %502, !dbg !47
  %505 = xor i32 %504, %503, !dbg !47
  %506 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %498, !dbg !47
  %507 = getelementptr inbounds nuw i8, ptr addrspace(3) %506, i32 %505, !dbg !47
  %508 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) %507), !dbg !47
  %509 = extractvalue { i32, i32, i32, i32 } %508, 0, !dbg !47
  %510 = extractvalue { i32, i32, i32, i32 } %508, 1, !dbg !47
  %511 = extractvalue { i32, i32, i32, i32 } %508, 2, !dbg !47
  %512 = extractvalue { i32, i32, i32, i32 } %508, 3, !dbg !47
  %513 = getelementptr inbounds nuw i8, ptr addrspace(3) %507, i32 512, !dbg !47
  %514 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %513), !dbg !47
  %515 = extractvalue { i32, i32, i32, i32 } %514, 0, !dbg !47
  %516 = extractvalue { i32, i32, i32, i32 } %514, 1, !dbg !47
  %517 = extractvalue { i32, i32, i32, i32 } %514, 2, !dbg !47
  %518 = extractvalue { i32, i32, i32, i32 } %514, 3, !dbg !47
  %519 = getelementptr inbounds nuw i8, ptr addrspace(3) %507, i32 1024, !dbg !47
  %520 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %519), !dbg !47
  %521 = extractvalue { i32, i32, i32, i32 } %520, 0, !dbg !47
  %522 = extractvalue { i32, i32, i32, i32 } %520, 1, !dbg !47
  %523 = extractvalue { i32, i32, i32, i32 } %520, 2, !dbg !47
  %524 = extractvalue { i32, i32, i32, i32 } %520, 3, !dbg !47
  %525 = getelementptr inbounds nuw i8, ptr addrspace(3) %507, i32 1536, !dbg !47
  %526 = tail call { i32, i32, i32, i32 } @llvm.nvvm.ldmatrix.sync.aligned.m8n8.x4.b16.p3(ptr addrspace(3) nonnull %525), !dbg !47
  %527 = extractvalue { i32, i32, i32, i32 } %526, 0, !dbg !47
  %528 = extractvalue { i32, i32, i32, i32 } %526, 1, !dbg !47
  %529 = extractvalue { i32, i32, i32, i32 } %526, 2, !dbg !47
  %530 = extractvalue { i32, i32, i32, i32 } %526, 3, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %509, i32 %510, i32 %511, i32 %512, ptr addrspace(1) %347, i1 %355) #2, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %515, i32 %516, i32 %517, i32 %518, ptr addrspace(1) %348, i1 %356) #2, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %521, i32 %522, i32 %523, i32 %524, ptr addrspace(1) %349, i1 %357) #2, !dbg !47
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %527, i32 %528, i32 %529, i32 %530, ptr addrspace(1) %350, i1 %358) #2, !dbg !47
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

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.or.v4i32(<4 x i32>) #7

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { convergent nocallback nofree nounwind memory(argmem: read) }
attributes #5 = { nocallback nounwind }
attributes #6 = { convergent nounwind }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
