; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_addmm_gelu_0(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = shl i32 %6, 9, !dbg !14
  %8 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !15
  %9 = shl nuw nsw i32 %8, 2, !dbg !15
  %10 = or disjoint i32 %9, %7, !dbg !16
  %11 = srem i32 %10, 1024, !dbg !17
  %12 = sext i32 %11 to i64, !dbg !18
  %13 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %12, !dbg !18
  %14 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #3, !dbg !19
  %15 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l"(ptr addrspace(1) %13, i64 %14) #3, !dbg !19
  %16 = extractvalue { i32, i32, i32, i32 } %15, 0, !dbg !19
  %17 = extractvalue { i32, i32, i32, i32 } %15, 1, !dbg !19
  %18 = extractvalue { i32, i32, i32, i32 } %15, 2, !dbg !19
  %19 = extractvalue { i32, i32, i32, i32 } %15, 3, !dbg !19
  %20 = bitcast i32 %16 to float, !dbg !19
  %21 = bitcast i32 %17 to float, !dbg !19
  %22 = bitcast i32 %18 to float, !dbg !19
  %23 = bitcast i32 %19 to float, !dbg !19
  %24 = sext i32 %10 to i64, !dbg !20
  %25 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %24, !dbg !20
  %26 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %25) #3, !dbg !21
  %27 = extractvalue { i32, i32, i32, i32 } %26, 0, !dbg !21
  %28 = extractvalue { i32, i32, i32, i32 } %26, 1, !dbg !21
  %29 = extractvalue { i32, i32, i32, i32 } %26, 2, !dbg !21
  %30 = extractvalue { i32, i32, i32, i32 } %26, 3, !dbg !21
  %31 = bitcast i32 %27 to float, !dbg !21
  %32 = bitcast i32 %28 to float, !dbg !21
  %33 = bitcast i32 %29 to float, !dbg !21
  %34 = bitcast i32 %30 to float, !dbg !21
  %35 = fadd float %20, %31, !dbg !22
  %36 = fadd float %21, %32, !dbg !22
  %37 = fadd float %22, %33, !dbg !22
  %38 = fadd float %23, %34, !dbg !22
  %39 = fmul float %35, 0x3FE6A09E60000000, !dbg !23
  %40 = fmul float %36, 0x3FE6A09E60000000, !dbg !23
  %41 = fmul float %37, 0x3FE6A09E60000000, !dbg !23
  %42 = fmul float %38, 0x3FE6A09E60000000, !dbg !23
  %43 = tail call float @llvm.nvvm.fabs.ftz.f32(float %39), !dbg !24
  %44 = fcmp oge float %43, 0x3FF00C1FC0000000, !dbg !24
  br i1 %44, label %__internal_fmad.exit.i, label %45, !dbg !24

45:                                               ; preds = %5
  %46 = fmul float %39, %39
  br label %__internal_fmad.exit.i, !dbg !24

__internal_fmad.exit.i:                           ; preds = %5, %45
  %47 = phi float [ 0x3FC06EBA60000000, %45 ], [ 0x3FE4214280000000, %5 ], !dbg !24
  %48 = phi float [ 0xBFD8127580000000, %45 ], [ 0x3FED369F20000000, %5 ], !dbg !24
  %49 = phi float [ 0x3FBCE315E0000000, %45 ], [ 0x3FC46AA320000000, %5 ], !dbg !24
  %50 = phi float [ 0xBF9B837CE0000000, %45 ], [ 0xBFA49B3340000000, %5 ], !dbg !24
  %51 = phi float [ 0x3F755ABD40000000, %45 ], [ 0x3F813233E0000000, %5 ], !dbg !24
  %52 = phi float [ 0xBF4AE9A400000000, %45 ], [ 0xBF55C00B60000000, %5 ], !dbg !24
  %53 = phi float [ 0x3F163D2D40000000, %45 ], [ 0x3F1D698740000000, %5 ], !dbg !24
  %54 = phi float [ %46, %45 ], [ %43, %5 ], !dbg !24
  %55 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %53, float %54, float %52) #3, !dbg !24
  %56 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %55, float %54, float %51) #3, !dbg !24
  %57 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %56, float %54, float %50) #3, !dbg !24
  %58 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %57, float %54, float %49) #3, !dbg !24
  %59 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %58, float %54, float %48) #3, !dbg !24
  %60 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %59, float %54, float %47) #3, !dbg !24
  %61 = fneg float %54, !dbg !24
  %62 = select i1 %44, float %61, float %39, !dbg !24
  %63 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %60, float %62, float %62) #3, !dbg !24
  br i1 %44, label %64, label %__nv_erff.exit, !dbg !24

64:                                               ; preds = %__internal_fmad.exit.i
  %65 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %63), !dbg !24
  %66 = fsub float 1.000000e+00, %65, !dbg !24
  %67 = bitcast float %66 to i32, !dbg !24
  %68 = bitcast float %39 to i32, !dbg !24
  %69 = and i32 %68, -2147483648, !dbg !24
  %70 = or i32 %69, %67, !dbg !24
  %71 = bitcast i32 %70 to float, !dbg !24
  br label %__nv_erff.exit, !dbg !24

__nv_erff.exit:                                   ; preds = %64, %__internal_fmad.exit.i
  %r.0.i = phi float [ %71, %64 ], [ %63, %__internal_fmad.exit.i ], !dbg !24
  %72 = tail call float @llvm.nvvm.fabs.ftz.f32(float %40), !dbg !24
  %73 = fcmp oge float %72, 0x3FF00C1FC0000000, !dbg !24
  br i1 %73, label %__internal_fmad.exit.i3, label %74, !dbg !24

74:                                               ; preds = %__nv_erff.exit
  %75 = fmul float %40, %40
  br label %__internal_fmad.exit.i3, !dbg !24

__internal_fmad.exit.i3:                          ; preds = %__nv_erff.exit, %74
  %76 = phi float [ 0x3FC06EBA60000000, %74 ], [ 0x3FE4214280000000, %__nv_erff.exit ], !dbg !24
  %77 = phi float [ 0xBFD8127580000000, %74 ], [ 0x3FED369F20000000, %__nv_erff.exit ], !dbg !24
  %78 = phi float [ 0x3FBCE315E0000000, %74 ], [ 0x3FC46AA320000000, %__nv_erff.exit ], !dbg !24
  %79 = phi float [ 0xBF9B837CE0000000, %74 ], [ 0xBFA49B3340000000, %__nv_erff.exit ], !dbg !24
  %80 = phi float [ 0x3F755ABD40000000, %74 ], [ 0x3F813233E0000000, %__nv_erff.exit ], !dbg !24
  %81 = phi float [ 0xBF4AE9A400000000, %74 ], [ 0xBF55C00B60000000, %__nv_erff.exit ], !dbg !24
  %82 = phi float [ 0x3F163D2D40000000, %74 ], [ 0x3F1D698740000000, %__nv_erff.exit ], !dbg !24
  %83 = phi float [ %75, %74 ], [ %72, %__nv_erff.exit ], !dbg !24
  %84 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %82, float %83, float %81) #3, !dbg !24
  %85 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %84, float %83, float %80) #3, !dbg !24
  %86 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %85, float %83, float %79) #3, !dbg !24
  %87 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %86, float %83, float %78) #3, !dbg !24
  %88 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %87, float %83, float %77) #3, !dbg !24
  %89 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %88, float %83, float %76) #3, !dbg !24
  %90 = fneg float %83, !dbg !24
  %91 = select i1 %73, float %90, float %40, !dbg !24
  %92 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %89, float %91, float %91) #3, !dbg !24
  br i1 %73, label %93, label %__nv_erff.exit22, !dbg !24

93:                                               ; preds = %__internal_fmad.exit.i3
  %94 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %92), !dbg !24
  %95 = fsub float 1.000000e+00, %94, !dbg !24
  %96 = bitcast float %95 to i32, !dbg !24
  %97 = bitcast float %40 to i32, !dbg !24
  %98 = and i32 %97, -2147483648, !dbg !24
  %99 = or i32 %98, %96, !dbg !24
  %100 = bitcast i32 %99 to float, !dbg !24
  br label %__nv_erff.exit22, !dbg !24

__nv_erff.exit22:                                 ; preds = %93, %__internal_fmad.exit.i3
  %r.0.i18 = phi float [ %100, %93 ], [ %92, %__internal_fmad.exit.i3 ], !dbg !24
  %101 = tail call float @llvm.nvvm.fabs.ftz.f32(float %41), !dbg !24
  %102 = fcmp oge float %101, 0x3FF00C1FC0000000, !dbg !24
  br i1 %102, label %__internal_fmad.exit.i25, label %103, !dbg !24

103:                                              ; preds = %__nv_erff.exit22
  %104 = fmul float %41, %41
  br label %__internal_fmad.exit.i25, !dbg !24

__internal_fmad.exit.i25:                         ; preds = %__nv_erff.exit22, %103
  %105 = phi float [ 0x3FC06EBA60000000, %103 ], [ 0x3FE4214280000000, %__nv_erff.exit22 ], !dbg !24
  %106 = phi float [ 0xBFD8127580000000, %103 ], [ 0x3FED369F20000000, %__nv_erff.exit22 ], !dbg !24
  %107 = phi float [ 0x3FBCE315E0000000, %103 ], [ 0x3FC46AA320000000, %__nv_erff.exit22 ], !dbg !24
  %108 = phi float [ 0xBF9B837CE0000000, %103 ], [ 0xBFA49B3340000000, %__nv_erff.exit22 ], !dbg !24
  %109 = phi float [ 0x3F755ABD40000000, %103 ], [ 0x3F813233E0000000, %__nv_erff.exit22 ], !dbg !24
  %110 = phi float [ 0xBF4AE9A400000000, %103 ], [ 0xBF55C00B60000000, %__nv_erff.exit22 ], !dbg !24
  %111 = phi float [ 0x3F163D2D40000000, %103 ], [ 0x3F1D698740000000, %__nv_erff.exit22 ], !dbg !24
  %112 = phi float [ %104, %103 ], [ %101, %__nv_erff.exit22 ], !dbg !24
  %113 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %111, float %112, float %110) #3, !dbg !24
  %114 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %113, float %112, float %109) #3, !dbg !24
  %115 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %114, float %112, float %108) #3, !dbg !24
  %116 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %115, float %112, float %107) #3, !dbg !24
  %117 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %116, float %112, float %106) #3, !dbg !24
  %118 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %117, float %112, float %105) #3, !dbg !24
  %119 = fneg float %112, !dbg !24
  %120 = select i1 %102, float %119, float %41, !dbg !24
  %121 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %118, float %120, float %120) #3, !dbg !24
  br i1 %102, label %122, label %__nv_erff.exit44, !dbg !24

122:                                              ; preds = %__internal_fmad.exit.i25
  %123 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %121), !dbg !24
  %124 = fsub float 1.000000e+00, %123, !dbg !24
  %125 = bitcast float %124 to i32, !dbg !24
  %126 = bitcast float %41 to i32, !dbg !24
  %127 = and i32 %126, -2147483648, !dbg !24
  %128 = or i32 %127, %125, !dbg !24
  %129 = bitcast i32 %128 to float, !dbg !24
  br label %__nv_erff.exit44, !dbg !24

__nv_erff.exit44:                                 ; preds = %122, %__internal_fmad.exit.i25
  %r.0.i40 = phi float [ %129, %122 ], [ %121, %__internal_fmad.exit.i25 ], !dbg !24
  %130 = tail call float @llvm.nvvm.fabs.ftz.f32(float %42), !dbg !24
  %131 = fcmp oge float %130, 0x3FF00C1FC0000000, !dbg !24
  br i1 %131, label %__internal_fmad.exit.i47, label %132, !dbg !24

132:                                              ; preds = %__nv_erff.exit44
  %133 = fmul float %42, %42
  br label %__internal_fmad.exit.i47, !dbg !24

__internal_fmad.exit.i47:                         ; preds = %__nv_erff.exit44, %132
  %134 = phi float [ 0x3FC06EBA60000000, %132 ], [ 0x3FE4214280000000, %__nv_erff.exit44 ], !dbg !24
  %135 = phi float [ 0xBFD8127580000000, %132 ], [ 0x3FED369F20000000, %__nv_erff.exit44 ], !dbg !24
  %136 = phi float [ 0x3FBCE315E0000000, %132 ], [ 0x3FC46AA320000000, %__nv_erff.exit44 ], !dbg !24
  %137 = phi float [ 0xBF9B837CE0000000, %132 ], [ 0xBFA49B3340000000, %__nv_erff.exit44 ], !dbg !24
  %138 = phi float [ 0x3F755ABD40000000, %132 ], [ 0x3F813233E0000000, %__nv_erff.exit44 ], !dbg !24
  %139 = phi float [ 0xBF4AE9A400000000, %132 ], [ 0xBF55C00B60000000, %__nv_erff.exit44 ], !dbg !24
  %140 = phi float [ 0x3F163D2D40000000, %132 ], [ 0x3F1D698740000000, %__nv_erff.exit44 ], !dbg !24
  %141 = phi float [ %133, %132 ], [ %130, %__nv_erff.exit44 ], !dbg !24
  %142 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %140, float %141, float %139) #3, !dbg !24
  %143 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %142, float %141, float %138) #3, !dbg !24
  %144 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %143, float %141, float %137) #3, !dbg !24
  %145 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %144, float %141, float %136) #3, !dbg !24
  %146 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %145, float %141, float %135) #3, !dbg !24
  %147 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %146, float %141, float %134) #3, !dbg !24
  %148 = fneg float %141, !dbg !24
  %149 = select i1 %131, float %148, float %42, !dbg !24
  %150 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %147, float %149, float %149) #3, !dbg !24
  br i1 %131, label %151, label %__nv_erff.exit66, !dbg !24

151:                                              ; preds = %__internal_fmad.exit.i47
  %152 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %150), !dbg !24
  %153 = fsub float 1.000000e+00, %152, !dbg !24
  %154 = bitcast float %153 to i32, !dbg !24
  %155 = bitcast float %42 to i32, !dbg !24
  %156 = and i32 %155, -2147483648, !dbg !24
  %157 = or i32 %156, %154, !dbg !24
  %158 = bitcast i32 %157 to float, !dbg !24
  br label %__nv_erff.exit66, !dbg !24

__nv_erff.exit66:                                 ; preds = %151, %__internal_fmad.exit.i47
  %r.0.i62 = phi float [ %158, %151 ], [ %150, %__internal_fmad.exit.i47 ], !dbg !24
  %159 = fmul float %38, 5.000000e-01, !dbg !25
  %160 = fmul float %37, 5.000000e-01, !dbg !25
  %161 = fmul float %36, 5.000000e-01, !dbg !25
  %162 = fmul float %35, 5.000000e-01, !dbg !25
  %163 = fadd float %r.0.i, 1.000000e+00, !dbg !26
  %164 = fadd float %r.0.i18, 1.000000e+00, !dbg !26
  %165 = fadd float %r.0.i40, 1.000000e+00, !dbg !26
  %166 = fadd float %r.0.i62, 1.000000e+00, !dbg !26
  %167 = fmul float %162, %163, !dbg !27
  %168 = fmul float %161, %164, !dbg !27
  %169 = fmul float %160, %165, !dbg !27
  %170 = fmul float %159, %166, !dbg !27
  %171 = bitcast float %167 to i32, !dbg !28
  %172 = bitcast float %168 to i32, !dbg !28
  %173 = bitcast float %169 to i32, !dbg !28
  %174 = bitcast float %170 to i32, !dbg !28
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %171, i32 %172, i32 %173, i32 %174, ptr addrspace(1) %25) #3, !dbg !28
  ret void, !dbg !29
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.ftz.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #2

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "czsibdv35szxi2gefwolmiwhqallc5s2puy3n6w44ygpyrakgpkg.py", directory: "/tmp/torchinductor_root/zs")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_poi_fused_addmm_gelu_0", linkageName: "triton_poi_fused_addmm_gelu_0", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{null, !9, !9, !11, !12, !12}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 20, column: 15, scope: !6)
!15 = !DILocation(line: 21, column: 24, scope: !6)
!16 = !DILocation(line: 21, column: 14, scope: !6)
!17 = !DILocation(line: 23, column: 11, scope: !6)
!18 = !DILocation(line: 25, column: 20, scope: !6)
!19 = !DILocation(line: 25, column: 12, scope: !6)
!20 = !DILocation(line: 26, column: 20, scope: !6)
!21 = !DILocation(line: 26, column: 12, scope: !6)
!22 = !DILocation(line: 27, column: 12, scope: !6)
!23 = !DILocation(line: 31, column: 12, scope: !6)
!24 = !DILocation(line: 32, column: 12, scope: !6)
!25 = !DILocation(line: 29, column: 12, scope: !6)
!26 = !DILocation(line: 34, column: 12, scope: !6)
!27 = !DILocation(line: 35, column: 13, scope: !6)
!28 = !DILocation(line: 36, column: 5, scope: !6)
!29 = !DILocation(line: 18, column: 1, scope: !6)
