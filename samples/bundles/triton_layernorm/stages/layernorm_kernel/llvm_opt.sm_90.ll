; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @layernorm_kernel(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, ptr addrspace(1) %3, ptr addrspace(1) %4, ptr addrspace(1) %5, i32 %6, i32 %7, float %8, ptr addrspace(1) nofree readnone captures(none) %9, ptr addrspace(1) nofree readnone captures(none) %10) local_unnamed_addr #0 !dbg !6 {
  %12 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %13 = mul i32 %6, %12, !dbg !15
  %14 = sext i32 %13 to i64, !dbg !16
  %15 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %14, !dbg !16
  %16 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %14, !dbg !17
  %17 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !18
  %18 = shl nuw nsw i32 %17, 1, !dbg !18
  %19 = or disjoint i32 %18, 1, !dbg !18
  %20 = icmp sgt i32 %7, 0, !dbg !19
  br i1 %20, label %.lr.ph, label %._crit_edge, !dbg !19

.lr.ph:                                           ; preds = %11, %.lr.ph
  %21 = phi float [ %34, %.lr.ph ], [ 0.000000e+00, %11 ]
  %22 = phi float [ %35, %.lr.ph ], [ 0.000000e+00, %11 ]
  %23 = phi i32 [ %36, %.lr.ph ], [ 0, %11 ]
  %24 = or disjoint i32 %23, %18, !dbg !20
  %25 = or disjoint i32 %23, %19, !dbg !20
  %26 = icmp slt i32 %24, %7, !dbg !21
  %27 = icmp slt i32 %25, %7, !dbg !21
  %28 = sext i32 %24 to i64, !dbg !22
  %29 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %28, !dbg !22
  %30 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 0 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %29, i1 %26) #5, !dbg !23
  %31 = bitcast i32 %30 to float, !dbg !23
  %32 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 4 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %29, i1 %27) #5, !dbg !23
  %33 = bitcast i32 %32 to float, !dbg !23
  %34 = fadd float %21, %31, !dbg !24
  %35 = fadd float %22, %33, !dbg !24
  %36 = add i32 %23, 256, !dbg !19
  %37 = icmp slt i32 %36, %7, !dbg !19
  br i1 %37, label %.lr.ph, label %._crit_edge.loopexit, !dbg !19

._crit_edge.loopexit:                             ; preds = %.lr.ph
  %38 = fadd float %34, %35, !dbg !25
  br label %._crit_edge, !dbg !25

._crit_edge:                                      ; preds = %._crit_edge.loopexit, %11
  %39 = phi float [ 0.000000e+00, %11 ], [ %38, %._crit_edge.loopexit ], !dbg !25
  %40 = bitcast float %39 to i32, !dbg !28
  %41 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %40, i32 16, i32 31), !dbg !28
  %42 = bitcast i32 %41 to float, !dbg !28
  %43 = fadd float %39, %42, !dbg !25
  %44 = bitcast float %43 to i32, !dbg !28
  %45 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %44, i32 8, i32 31), !dbg !28
  %46 = bitcast i32 %45 to float, !dbg !28
  %47 = fadd float %43, %46, !dbg !25
  %48 = bitcast float %47 to i32, !dbg !28
  %49 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %48, i32 4, i32 31), !dbg !28
  %50 = bitcast i32 %49 to float, !dbg !28
  %51 = fadd float %47, %50, !dbg !25
  %52 = bitcast float %51 to i32, !dbg !28
  %53 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %52, i32 2, i32 31), !dbg !28
  %54 = bitcast i32 %53 to float, !dbg !28
  %55 = fadd float %51, %54, !dbg !25
  %56 = bitcast float %55 to i32, !dbg !28
  %57 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %56, i32 1, i32 31), !dbg !28
  %58 = bitcast i32 %57 to float, !dbg !28
  %59 = fadd float %55, %58, !dbg !25
  %60 = lshr i32 %17, 3, !dbg !28
  %61 = and i32 %60, 12, !dbg !28
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %61, !dbg !28
  store float %59, ptr addrspace(3) %62, align 4, !dbg !28
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !28
  %63 = shl nuw nsw i32 %17, 2, !dbg !28
  %64 = and i32 %63, 12, !dbg !28
  %65 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %64, !dbg !28
  %66 = load i32, ptr addrspace(3) %65, align 4, !dbg !28
  %67 = bitcast i32 %66 to float, !dbg !28
  %68 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %66, i32 2, i32 31), !dbg !28
  %69 = bitcast i32 %68 to float, !dbg !28
  %70 = fadd float %67, %69, !dbg !25
  %71 = bitcast float %70 to i32, !dbg !28
  %72 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %71, i32 1, i32 31), !dbg !28
  %73 = bitcast i32 %72 to float, !dbg !28
  %74 = fadd float %70, %73, !dbg !25
  %75 = sitofp i32 %7 to float, !dbg !31
  %76 = tail call float @llvm.nvvm.div.full(float %74, float %75), !dbg !31
  br i1 %20, label %.lr.ph6, label %._crit_edge7, !dbg !32

.lr.ph6:                                          ; preds = %._crit_edge, %.lr.ph6
  %77 = phi float [ %96, %.lr.ph6 ], [ 0.000000e+00, %._crit_edge ]
  %78 = phi float [ %97, %.lr.ph6 ], [ 0.000000e+00, %._crit_edge ]
  %79 = phi i32 [ %98, %.lr.ph6 ], [ 0, %._crit_edge ]
  %80 = or disjoint i32 %79, %18, !dbg !33
  %81 = or disjoint i32 %79, %19, !dbg !33
  %82 = icmp slt i32 %80, %7, !dbg !34
  %83 = icmp slt i32 %81, %7, !dbg !34
  %84 = sext i32 %80 to i64, !dbg !35
  %85 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %84, !dbg !35
  %86 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 0 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %85, i1 %82) #5, !dbg !36
  %87 = bitcast i32 %86 to float, !dbg !36
  %88 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 4 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %85, i1 %83) #5, !dbg !36
  %89 = bitcast i32 %88 to float, !dbg !36
  %90 = fsub float %87, %76, !dbg !37
  %91 = fsub float %89, %76, !dbg !37
  %92 = select i1 %82, float %90, float 0.000000e+00, !dbg !38
  %93 = select i1 %83, float %91, float 0.000000e+00, !dbg !38
  %94 = fmul float %92, %92, !dbg !39
  %95 = fmul float %93, %93, !dbg !39
  %96 = fadd float %77, %94, !dbg !40
  %97 = fadd float %78, %95, !dbg !40
  %98 = add i32 %79, 256, !dbg !32
  %99 = icmp slt i32 %98, %7, !dbg !32
  br i1 %99, label %.lr.ph6, label %._crit_edge7.loopexit, !dbg !32

._crit_edge7.loopexit:                            ; preds = %.lr.ph6
  %100 = fadd float %96, %97, !dbg !41
  br label %._crit_edge7, !dbg !42

._crit_edge7:                                     ; preds = %._crit_edge7.loopexit, %._crit_edge
  %101 = phi float [ 0.000000e+00, %._crit_edge ], [ %100, %._crit_edge7.loopexit ], !dbg !44
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !42
  %102 = bitcast float %101 to i32, !dbg !42
  %103 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %102, i32 16, i32 31), !dbg !42
  %104 = bitcast i32 %103 to float, !dbg !42
  %105 = fadd float %101, %104, !dbg !41
  %106 = bitcast float %105 to i32, !dbg !42
  %107 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %106, i32 8, i32 31), !dbg !42
  %108 = bitcast i32 %107 to float, !dbg !42
  %109 = fadd float %105, %108, !dbg !41
  %110 = bitcast float %109 to i32, !dbg !42
  %111 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %110, i32 4, i32 31), !dbg !42
  %112 = bitcast i32 %111 to float, !dbg !42
  %113 = fadd float %109, %112, !dbg !41
  %114 = bitcast float %113 to i32, !dbg !42
  %115 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %114, i32 2, i32 31), !dbg !42
  %116 = bitcast i32 %115 to float, !dbg !42
  %117 = fadd float %113, %116, !dbg !41
  %118 = bitcast float %117 to i32, !dbg !42
  %119 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %118, i32 1, i32 31), !dbg !42
  %120 = bitcast i32 %119 to float, !dbg !42
  %121 = fadd float %117, %120, !dbg !41
  store float %121, ptr addrspace(3) %62, align 4, !dbg !42
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !42
  %122 = load i32, ptr addrspace(3) %65, align 4, !dbg !42
  %123 = bitcast i32 %122 to float, !dbg !42
  %124 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %122, i32 2, i32 31), !dbg !42
  %125 = bitcast i32 %124 to float, !dbg !42
  %126 = fadd float %123, %125, !dbg !41
  %127 = bitcast float %126 to i32, !dbg !42
  %128 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %127, i32 1, i32 31), !dbg !42
  %129 = bitcast i32 %128 to float, !dbg !42
  %130 = fadd float %126, %129, !dbg !41
  %131 = tail call float @llvm.nvvm.div.full(float %130, float %75), !dbg !45
  %132 = fadd float %8, %131, !dbg !45
  %133 = tail call float @llvm.nvvm.sqrt.approx.ftz.f(float %132) #5, !dbg !46
  %134 = tail call float @llvm.nvvm.div.full(float 1.000000e+00, float %133), !dbg !47
  %135 = zext nneg i32 %12 to i64, !dbg !48
  %136 = getelementptr [4 x i8], ptr addrspace(1) %4, i64 %135, !dbg !48
  %137 = icmp eq i32 %17, 0, !dbg !49
  %138 = bitcast float %76 to i32, !dbg !49
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %138, ptr addrspace(1) %136, i1 %137) #5, !dbg !49
  %139 = getelementptr [4 x i8], ptr addrspace(1) %5, i64 %135, !dbg !50
  %140 = bitcast float %134 to i32, !dbg !51
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %140, ptr addrspace(1) %139, i1 %137) #5, !dbg !51
  br i1 %20, label %.lr.ph9, label %._crit_edge10, !dbg !52

.lr.ph9:                                          ; preds = %._crit_edge7
  %141 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %63
  %142 = xor i32 %63, 576
  %143 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %142
  %144 = and i32 %18, 252
  %145 = and i32 %17, 1
  %146 = icmp eq i32 %145, 0
  %147 = select i1 %146, i32 0, i32 576
  %148 = xor i32 %147, %144
  %149 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %148
  %150 = getelementptr inbounds nuw i8, ptr addrspace(3) %149, i32 256
  br label %151, !dbg !52

151:                                              ; preds = %151, %.lr.ph9
  %152 = phi i32 [ 0, %.lr.ph9 ], [ %191, %151 ]
  %153 = or disjoint i32 %152, %18, !dbg !53
  %154 = or disjoint i32 %152, %19, !dbg !53
  %155 = or disjoint i32 %152, %17, !dbg !53
  %156 = or disjoint i32 %155, 128, !dbg !53
  %157 = icmp slt i32 %153, %7, !dbg !54
  %158 = icmp slt i32 %154, %7, !dbg !54
  %159 = icmp slt i32 %155, %7, !dbg !54
  %160 = icmp slt i32 %156, %7, !dbg !54
  %161 = sext i32 %153 to i64, !dbg !55
  %162 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %161, !dbg !55
  %163 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %162, i1 %157) #5, !dbg !56
  %164 = bitcast i32 %163 to float, !dbg !56
  %165 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 4 ];", "=r,l,b"(ptr addrspace(1) %162, i1 %158) #5, !dbg !56
  %166 = bitcast i32 %165 to float, !dbg !56
  %167 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %161, !dbg !57
  %168 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %167, i1 %157) #5, !dbg !58
  %169 = bitcast i32 %168 to float, !dbg !58
  %170 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 4 ];", "=r,l,b"(ptr addrspace(1) %167, i1 %158) #5, !dbg !58
  %171 = bitcast i32 %170 to float, !dbg !58
  %172 = getelementptr [4 x i8], ptr addrspace(1) %15, i64 %161, !dbg !59
  %173 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 0 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %172, i1 %157) #5, !dbg !60
  %174 = bitcast i32 %173 to float, !dbg !60
  %175 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$3 ld.global.b32 { $0 }, [ $2 + 4 ];", "=r,r,l,b"(i32 0, ptr addrspace(1) %172, i1 %158) #5, !dbg !60
  %176 = bitcast i32 %175 to float, !dbg !60
  %177 = sext i32 %155 to i64, !dbg !61
  %178 = getelementptr [4 x i8], ptr addrspace(1) %16, i64 %177, !dbg !61
  %179 = sext i32 %156 to i64, !dbg !61
  %180 = getelementptr [4 x i8], ptr addrspace(1) %16, i64 %179, !dbg !61
  %181 = fsub float %174, %76, !dbg !62
  %182 = fsub float %176, %76, !dbg !62
  %183 = fmul float %134, %181, !dbg !63
  %184 = fmul float %134, %182, !dbg !63
  %185 = fmul float %183, %164, !dbg !63
  %186 = fmul float %184, %166, !dbg !63
  %187 = fadd float %185, %169, !dbg !63
  %188 = fadd float %186, %171, !dbg !63
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !64
  store float %187, ptr addrspace(3) %141, align 4, !dbg !64
  store float %188, ptr addrspace(3) %143, align 4, !dbg !64
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !64
  %189 = load i32, ptr addrspace(3) %149, align 4, !dbg !64
  %190 = load i32, ptr addrspace(3) %150, align 4, !dbg !64
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %189, ptr addrspace(1) %178, i1 %159) #5, !dbg !64
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %190, ptr addrspace(1) %180, i1 %160) #5, !dbg !64
  %191 = add i32 %152, 256, !dbg !52
  %192 = icmp slt i32 %191, %7, !dbg !52
  br i1 %192, label %151, label %._crit_edge10, !dbg !52

._crit_edge10:                                    ; preds = %151, %._crit_edge7
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

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.sqrt.approx.ftz.f(float) #4

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nounwind }

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
