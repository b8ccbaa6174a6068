; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16
@.str = private unnamed_addr constant [11 x i8] c"__CUDA_FTZ\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"__CUDA_PREC_SQRT\00", align 1

; Function Attrs: nounwind
define ptx_kernel void @layernorm_kernel(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, ptr addrspace(1) %3, ptr addrspace(1) %4, ptr addrspace(1) %5, i32 %6, i32 %7, float %8, ptr addrspace(1) nofree readnone captures(none) %9, ptr addrspace(1) nofree readnone captures(none) %10) local_unnamed_addr #0 !dbg !6 {
  %12 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %13 = mul i32 %6, %12, !dbg !15
  %14 = sext i32 %13 to i64, !dbg !16
  %15 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %14, !dbg !16
  %16 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %14, !dbg !17
  %17 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !18
  %18 = and i32 %17, 127, !dbg !18
  %19 = shl nuw nsw i32 %18, 1, !dbg !18
  %20 = or disjoint i32 %19, 1, !dbg !18
  %21 = icmp sgt i32 %7, 0, !dbg !19
  br i1 %21, label %.lr.ph, label %._crit_edge, !dbg !19

.lr.ph:                                           ; preds = %11, %.lr.ph
  %22 = phi float [ %35, %.lr.ph ], [ 0.000000e+00, %11 ]
  %23 = phi float [ %36, %.lr.ph ], [ 0.000000e+00, %11 ]
  %24 = phi i32 [ %37, %.lr.ph ], [ 0, %11 ]
  %25 = or disjoint i32 %24, %19, !dbg !20
  %26 = or disjoint i32 %24, %20, !dbg !20
  %27 = icmp slt i32 %25, %7, !dbg !21
  %28 = icmp slt i32 %26, %7, !dbg !21
  %29 = sext i32 %25 to i64, !dbg !22
  %30 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %29, !dbg !22
  %31 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 0 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %30, i1 %27) #6, !dbg !23
  %32 = bitcast i32 %31 to float, !dbg !23
  %33 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 4 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %30, i1 %28) #6, !dbg !23
  %34 = bitcast i32 %33 to float, !dbg !23
  %35 = fadd float %22, %32, !dbg !24
  %36 = fadd float %23, %34, !dbg !24
  %37 = add i32 %24, 256, !dbg !19
  %38 = icmp slt i32 %37, %7, !dbg !19
  br i1 %38, label %.lr.ph, label %._crit_edge.loopexit, !dbg !19

._crit_edge.loopexit:                             ; preds = %.lr.ph
  %39 = fadd float %35, %36, !dbg !25
  br label %._crit_edge, !dbg !25

._crit_edge:                                      ; preds = %._crit_edge.loopexit, %11
  %40 = phi float [ 0.000000e+00, %11 ], [ %39, %._crit_edge.loopexit ], !dbg !25
  %41 = bitcast float %40 to i32, !dbg !28
  %42 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %41, i32 16, i32 31), !dbg !28
  %43 = bitcast i32 %42 to float, !dbg !28
  %44 = fadd float %40, %43, !dbg !25
  %45 = bitcast float %44 to i32, !dbg !28
  %46 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %45, i32 8, i32 31), !dbg !28
  %47 = bitcast i32 %46 to float, !dbg !28
  %48 = fadd float %44, %47, !dbg !25
  %49 = bitcast float %48 to i32, !dbg !28
  %50 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %49, i32 4, i32 31), !dbg !28
  %51 = bitcast i32 %50 to float, !dbg !28
  %52 = fadd float %48, %51, !dbg !25
  %53 = bitcast float %52 to i32, !dbg !28
  %54 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %53, i32 2, i32 31), !dbg !28
  %55 = bitcast i32 %54 to float, !dbg !28
  %56 = fadd float %52, %55, !dbg !25
  %57 = bitcast float %56 to i32, !dbg !28
  %58 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %57, i32 1, i32 31), !dbg !28
  %59 = bitcast i32 %58 to float, !dbg !28
  %60 = fadd float %56, %59, !dbg !25
  %61 = lshr i32 %17, 3, !dbg !28
  %62 = and i32 %61, 12, !dbg !28
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %62, !dbg !28
  store float %60, ptr addrspace(3) %63, align 4, !dbg !28
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !28
  %64 = shl nuw nsw i32 %17, 2, !dbg !28
  %65 = and i32 %64, 12, !dbg !28
  %66 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %65, !dbg !28
  %67 = load i32, ptr addrspace(3) %66, align 4, !dbg !28
  %68 = bitcast i32 %67 to float, !dbg !28
  %69 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %67, i32 2, i32 31), !dbg !28
  %70 = bitcast i32 %69 to float, !dbg !28
  %71 = fadd float %68, %70, !dbg !25
  %72 = bitcast float %71 to i32, !dbg !28
  %73 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %72, i32 1, i32 31), !dbg !28
  %74 = bitcast i32 %73 to float, !dbg !28
  %75 = fadd float %71, %74, !dbg !25
  %76 = sitofp i32 %7 to float, !dbg !31
  %77 = tail call float @llvm.nvvm.div.full(float %75, float %76), !dbg !31
  br i1 %21, label %.lr.ph6, label %._crit_edge7, !dbg !32

.lr.ph6:                                          ; preds = %._crit_edge, %.lr.ph6
  %78 = phi float [ %97, %.lr.ph6 ], [ 0.000000e+00, %._crit_edge ]
  %79 = phi float [ %98, %.lr.ph6 ], [ 0.000000e+00, %._crit_edge ]
  %80 = phi i32 [ %99, %.lr.ph6 ], [ 0, %._crit_edge ]
  %81 = or disjoint i32 %80, %19, !dbg !33
  %82 = or disjoint i32 %80, %20, !dbg !33
  %83 = icmp slt i32 %81, %7, !dbg !34
  %84 = icmp slt i32 %82, %7, !dbg !34
  %85 = sext i32 %81 to i64, !dbg !35
  %86 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %85, !dbg !35
  %87 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 0 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %86, i1 %83) #6, !dbg !36
  %88 = bitcast i32 %87 to float, !dbg !36
  %89 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 4 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %86, i1 %84) #6, !dbg !36
  %90 = bitcast i32 %89 to float, !dbg !36
  %91 = fsub float %88, %77, !dbg !37
  %92 = fsub float %90, %77, !dbg !37
  %93 = select i1 %83, float %91, float 0.000000e+00, !dbg !38
  %94 = select i1 %84, float %92, float 0.000000e+00, !dbg !38
  %95 = fmul float %93, %93, !dbg !39
  %96 = fmul float %94, %94, !dbg !39
  %97 = fadd float %78, %95, !dbg !40
  %98 = fadd float %79, %96, !dbg !40
  %99 = add i32 %80, 256, !dbg !32
  %100 = icmp slt i32 %99, %7, !dbg !32
  br i1 %100, label %.lr.ph6, label %._crit_edge7.loopexit, !dbg !32

._crit_edge7.loopexit:                            ; preds = %.lr.ph6
  %101 = fadd float %97, %98, !dbg !41
  br label %._crit_edge7, !dbg !42

._crit_edge7:                                     ; preds = %._crit_edge7.loopexit, %._crit_edge
  %102 = phi float [ 0.000000e+00, %._crit_edge ], [ %101, %._crit_edge7.loopexit ], !dbg !44
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !42
  %103 = bitcast float %102 to i32, !dbg !42
  %104 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %103, i32 16, i32 31), !dbg !42
  %105 = bitcast i32 %104 to float, !dbg !42
  %106 = fadd float %102, %105, !dbg !41
  %107 = bitcast float %106 to i32, !dbg !42
  %108 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %107, i32 8, i32 31), !dbg !42
  %109 = bitcast i32 %108 to float, !dbg !42
  %110 = fadd float %106, %109, !dbg !41
  %111 = bitcast float %110 to i32, !dbg !42
  %112 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %111, i32 4, i32 31), !dbg !42
  %113 = bitcast i32 %112 to float, !dbg !42
  %114 = fadd float %110, %113, !dbg !41
  %115 = bitcast float %114 to i32, !dbg !42
  %116 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %115, i32 2, i32 31), !dbg !42
  %117 = bitcast i32 %116 to float, !dbg !42
  %118 = fadd float %114, %117, !dbg !41
  %119 = bitcast float %118 to i32, !dbg !42
  %120 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %119, i32 1, i32 31), !dbg !42
  %121 = bitcast i32 %120 to float, !dbg !42
  %122 = fadd float %118, %121, !dbg !41
  store float %122, ptr addrspace(3) %63, align 4, !dbg !42
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !42
  %123 = load i32, ptr addrspace(3) %66, align 4, !dbg !42
  %124 = bitcast i32 %123 to float, !dbg !42
  %125 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %123, i32 2, i32 31), !dbg !42
  %126 = bitcast i32 %125 to float, !dbg !42
  %127 = fadd float %124, %126, !dbg !41
  %128 = bitcast float %127 to i32, !dbg !42
  %129 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %128, i32 1, i32 31), !dbg !42
  %130 = bitcast i32 %129 to float, !dbg !42
  %131 = fadd float %127, %130, !dbg !41
  %132 = tail call float @llvm.nvvm.div.full(float %131, float %76), !dbg !45
  %133 = fadd float %8, %132, !dbg !45
  %134 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !46
  %.not.i = icmp eq i32 %134, 0, !dbg !46
  %135 = tail call i32 @__nvvm_reflect(ptr nonnull @.str.2) #6, !dbg !46
  %.not1.i = icmp eq i32 %135, 0, !dbg !46
  br i1 %.not.i, label %141, label %136, !dbg !46

136:                                              ; preds = %._crit_edge7
  br i1 %.not1.i, label %139, label %137, !dbg !46

137:                                              ; preds = %136
  %138 = tail call float @llvm.nvvm.sqrt.rn.ftz.f(float %133) #6, !dbg !46
  br label %__nv_sqrtf.exit, !dbg !46

139:                                              ; preds = %136
  %140 = tail call float @llvm.nvvm.sqrt.approx.ftz.f(float %133) #6, !dbg !46
  br label %__nv_sqrtf.exit, !dbg !46

141:                                              ; preds = %._crit_edge7
  br i1 %.not1.i, label %144, label %142, !dbg !46

142:                                              ; preds = %141
  %143 = tail call float @llvm.nvvm.sqrt.rn.f(float %133) #6, !dbg !46
  br label %__nv_sqrtf.exit, !dbg !46

144:                                              ; preds = %141
  %145 = tail call float @llvm.nvvm.sqrt.approx.f(float %133) #6, !dbg !46
  br label %__nv_sqrtf.exit, !dbg !46

__nv_sqrtf.exit:                                  ; preds = %137, %139, %142, %144
  %.0.i = phi float [ %138, %137 ], [ %140, %139 ], [ %143, %142 ], [ %145, %144 ], !dbg !46
  %146 = tail call float @llvm.nvvm.div.full(float 1.000000e+00, float %.0.i), !dbg !47
  %147 = zext nneg i32 %12 to i64, !dbg !48
  %148 = getelementptr [4 x i8], ptr addrspace(1) %4, i64 %147, !dbg !48
  %149 = icmp eq i32 %17, 0, !dbg !49
  %150 = bitcast float %77 to i32, !dbg !49
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %150, ptr addrspace(1) %148, i1 %149) #6, !dbg !49
  %151 = getelementptr [4 x i8], ptr addrspace(1) %5, i64 %147, !dbg !50
  %152 = bitcast float %146 to i32, !dbg !51
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %152, ptr addrspace(1) %151, i1 %149) #6, !dbg !51
  br i1 %21, label %.lr.ph9, label %._crit_edge10, !dbg !52

.lr.ph9:                                          ; preds = %__nv_sqrtf.exit
  %153 = shl nuw nsw i32 %18, 2
  %154 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %153
  %155 = xor i32 %153, 576
  %156 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %155
  %157 = shl nuw nsw i32 %17, 1
  %158 = and i32 %157, 252
  %159 = and i32 %17, 1
  %160 = icmp eq i32 %159, 0
  %161 = select i1 %160, i32 0, i32 576
  %162 = xor i32 %161, %158
  %163 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %162
  %164 = getelementptr inbounds nuw i8, ptr addrspace(3) %163, i32 256
  br label %165, !dbg !52

165:                                              ; preds = %.lr.ph9, %165
  %166 = phi i32 [ 0, %.lr.ph9 ], [ %205, %165 ]
  %167 = or disjoint i32 %166, %19, !dbg !53
  %168 = or disjoint i32 %166, %20, !dbg !53
  %169 = or disjoint i32 %166, %18, !dbg !53
  %170 = or disjoint i32 %169, 128, !dbg !53
  %171 = icmp slt i32 %167, %7, !dbg !54
  %172 = icmp slt i32 %168, %7, !dbg !54
  %173 = icmp slt i32 %169, %7, !dbg !54
  %174 = icmp slt i32 %170, %7, !dbg !54
  %175 = sext i32 %167 to i64, !dbg !55
  %176 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %175, !dbg !55
  %177 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %176, i1 %171) #6, !dbg !56
  %178 = bitcast i32 %177 to float, !dbg !56
  %179 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 4 ];", "=r,l,b"(ptr addrspace(1) %176, i1 %172) #6, !dbg !56
  %180 = bitcast i32 %179 to float, !dbg !56
  %181 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %175, !dbg !57
  %182 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %181, i1 %171) #6, !dbg !58
  %183 = bitcast i32 %182 to float, !dbg !58
  %184 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 4 ];", "=r,l,b"(ptr addrspace(1) %181, i1 %172) #6, !dbg !58
  %185 = bitcast i32 %184 to float, !dbg !58
  %186 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %175, !dbg !59
  %187 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 0 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %186, i1 %171) #6, !dbg !60
  %188 = bitcast i32 %187 to float, !dbg !60
  %189 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 4 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %186, i1 %172) #6, !dbg !60
  %190 = bitcast i32 %189 to float, !dbg !60
  %191 = sext i32 %169 to i64, !dbg !61
  %192 = getelementptr [4 x i8], ptr addrspace(1) %16, i64 %191, !dbg !61
  %193 = sext i32 %170 to i64, !dbg !61
  %194 = getelementptr [4 x i8], ptr addrspace(1) %16, i64 %193, !dbg !61
  %195 = fsub float %188, %77, !dbg !62
  %196 = fsub float %190, %77, !dbg !62
  %197 = fmul float %146, %195, !dbg !63
  %198 = fmul float %146, %196, !dbg !63
  %199 = fmul float %197, %178, !dbg !63
  %200 = fmul float %198, %180, !dbg !63
  %201 = fadd float %199, %183, !dbg !63
  %202 = fadd float %200, %185, !dbg !63
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !64
  store float %201, ptr addrspace(3) %154, align 4, !dbg !64
  store float %202, ptr addrspace(3) %156, align 4, !dbg !64
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !64
  %203 = load i32, ptr addrspace(3) %163, align 4, !dbg !64
  %204 = load i32, ptr addrspace(3) %164, align 4, !dbg !64
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %203, ptr addrspace(1) %192, i1 %173) #6, !dbg !64
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %204, ptr addrspace(1) %194, i1 %174) #6, !dbg !64
  %205 = add i32 %166, 256, !dbg !52
  %206 = icmp slt i32 %205, %7, !dbg !52
  br i1 %206, label %165, label %._crit_edge10, !dbg !52

._crit_edge10:                                    ; preds = %165, %__nv_sqrtf.exit
  ret void, !dbg !65
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

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.sqrt.rn.ftz.f(float) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.sqrt.approx.ftz.f(float) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.sqrt.rn.f(float) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.sqrt.approx.f(float) #4

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none) }
attributes #5 = { "disable-tail-calls"="false" "frame-pointer"="all" "less-precise-fpmad"="false" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "stack-protector-buffer-size"="8" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "triton_layernorm.py", directory: "/work/main/samples")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "layernorm_kernel", linkageName: "layernorm_kernel", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{null, !9, !9, !9, !9, !9, !9, !11, !11, !10, !12, !12}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 20, column: 11, scope: !6)
!15 = !DILocation(line: 21, column: 14, scope: !6)
!16 = !DILocation(line: 21, column: 5, scope: !6)
!17 = !DILocation(line: 22, column: 5, scope: !6)
!18 = !DILocation(line: 25, column: 22, scope: !6)
!19 = !DILocation(line: 24, column: 5, scope: !6)
!20 = !DILocation(line: 25, column: 16, scope: !6)
!21 = !DILocation(line: 26, column: 43, scope: !6)
!22 = !DILocation(line: 26, column: 24, scope: !6)
!23 = !DILocation(line: 26, column: 16, scope: !6)
!24 = !DILocation(line: 26, column: 9, scope: !6)
!25 = !DILocation(line: 287, column: 12, scope: !26, inlinedAt: !28)
!26 = distinct !DILexicalBlockFile(scope: !6, file: !27, discriminator: 0)
!27 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!28 = !DILocation(line: 314, column: 12, scope: !26, inlinedAt: !29)
!29 = !DILocation(line: 27, column: 12, scope: !30)
!30 = distinct !DILexicalBlockFile(scope: !6, file: !1, discriminator: 0)
!31 = !DILocation(line: 27, column: 12, scope: !6)
!32 = !DILocation(line: 29, column: 5, scope: !6)
!33 = !DILocation(line: 30, column: 16, scope: !6)
!34 = !DILocation(line: 31, column: 40, scope: !6)
!35 = !DILocation(line: 31, column: 21, scope: !6)
!36 = !DILocation(line: 31, column: 13, scope: !6)
!37 = !DILocation(line: 32, column: 40, scope: !6)
!38 = !DILocation(line: 32, column: 16, scope: !6)
!39 = !DILocation(line: 33, column: 16, scope: !6)
!40 = !DILocation(line: 33, column: 9, scope: !6)
!41 = !DILocation(line: 287, column: 12, scope: !26, inlinedAt: !42)
!42 = !DILocation(line: 314, column: 12, scope: !26, inlinedAt: !43)
!43 = !DILocation(line: 34, column: 24, scope: !30)
!44 = !DILocation(line: 28, column: 11, scope: !6)
!45 = !DILocation(line: 34, column: 24, scope: !6)
!46 = !DILocation(line: 34, column: 16, scope: !6)
!47 = !DILocation(line: 34, column: 12, scope: !6)
!48 = !DILocation(line: 35, column: 14, scope: !6)
!49 = !DILocation(line: 35, column: 5, scope: !6)
!50 = !DILocation(line: 36, column: 14, scope: !6)
!51 = !DILocation(line: 36, column: 5, scope: !6)
!52 = !DILocation(line: 37, column: 5, scope: !6)
!53 = !DILocation(line: 38, column: 16, scope: !6)
!54 = !DILocation(line: 39, column: 16, scope: !6)
!55 = !DILocation(line: 40, column: 21, scope: !6)
!56 = !DILocation(line: 40, column: 13, scope: !6)
!57 = !DILocation(line: 41, column: 21, scope: !6)
!58 = !DILocation(line: 41, column: 13, scope: !6)
!59 = !DILocation(line: 42, column: 21, scope: !6)
!60 = !DILocation(line: 42, column: 13, scope: !6)
!61 = !DILocation(line: 43, column: 18, scope: !6)
!62 = !DILocation(line: 43, column: 33, scope: !6)
!63 = !DILocation(line: 43, column: 32, scope: !6)
!64 = !DILocation(line: 43, column: 9, scope: !6)
!65 = !DILocation(line: 18, column: 1, scope: !6)
