; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_addmm_gelu_0(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, ptr addrspace(1) readnone captures(none) %3, ptr addrspace(1) readnone captures(none) %4) local_unnamed_addr #0 !dbg !5 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !8
  %7 = shl i32 %6, 9, !dbg !9
  %8 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !10
  %9 = shl nuw nsw i32 %8, 2, !dbg !10
  %10 = or disjoint i32 %9, %7, !dbg !11
  %11 = srem i32 %10, 1024, !dbg !12
  %12 = sext i32 %11 to i64, !dbg !13
  %13 = getelementptr float, ptr addrspace(1) %1, i64 %12, !dbg !13
  %14 = tail call i64 asm sideeffect "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #3, !dbg !14
  %15 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l"(ptr addrspace(1) %13, i64 %14) #3, !dbg !14
  %16 = extractvalue { i32, i32, i32, i32 } %15, 0, !dbg !14
  %17 = extractvalue { i32, i32, i32, i32 } %15, 1, !dbg !14
  %18 = extractvalue { i32, i32, i32, i32 } %15, 2, !dbg !14
  %19 = extractvalue { i32, i32, i32, i32 } %15, 3, !dbg !14
  %20 = bitcast i32 %16 to float, !dbg !14
  %21 = bitcast i32 %17 to float, !dbg !14
  %22 = bitcast i32 %18 to float, !dbg !14
  %23 = bitcast i32 %19 to float, !dbg !14
  %24 = sext i32 %10 to i64, !dbg !15
  %25 = getelementptr float, ptr addrspace(1) %0, i64 %24, !dbg !15
  %26 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ];", "=r,=r,=r,=r,l"(ptr addrspace(1) %25) #3, !dbg !16
  %27 = extractvalue { i32, i32, i32, i32 } %26, 0, !dbg !16
  %28 = extractvalue { i32, i32, i32, i32 } %26, 1, !dbg !16
  %29 = extractvalue { i32, i32, i32, i32 } %26, 2, !dbg !16
  %30 = extractvalue { i32, i32, i32, i32 } %26, 3, !dbg !16
  %31 = bitcast i32 %27 to float, !dbg !16
  %32 = bitcast i32 %28 to float, !dbg !16
  %33 = bitcast i32 %29 to float, !dbg !16
  %34 = bitcast i32 %30 to float, !dbg !16
  %35 = fadd float %20, %31, !dbg !17
  %36 = fadd float %21, %32, !dbg !17
  %37 = fadd float %22, %33, !dbg !17
  %38 = fadd float %23, %34, !dbg !17
  %39 = fmul float %35, 0x3FE6A09E60000000, !dbg !18
  %40 = fmul float %36, 0x3FE6A09E60000000, !dbg !18
  %41 = fmul float %37, 0x3FE6A09E60000000, !dbg !18
  %42 = fmul float %38, 0x3FE6A09E60000000, !dbg !18
  %43 = tail call float @llvm.nvvm.fabs.ftz.f32(float %39), !dbg !19
  %44 = fcmp oge float %43, 0x3FF00C1FC0000000, !dbg !19
  br i1 %44, label %__internal_fmad.exit.i, label %45, !dbg !19

45:                                               ; preds = %5
  %46 = fmul float %39, %39
  br label %__internal_fmad.exit.i, !dbg !19

__internal_fmad.exit.i:                           ; preds = %5, %45
  %47 = phi float [ 0x3FC06EBA60000000, %45 ], [ 0x3FE41B0840000000, %5 ], !dbg !19
  %48 = phi float [ 0xBFD8127580000000, %45 ], [ 0x3FED526FC0000000, %5 ], !dbg !19
  %49 = phi float [ 0x3FBCE315E0000000, %45 ], [ 0x3FC39F20C0000000, %5 ], !dbg !19
  %50 = phi float [ 0xBF9B837CE0000000, %45 ], [ 0xBFA1902C40000000, %5 ], !dbg !19
  %51 = phi float [ 0x3F755ABD40000000, %45 ], [ 0x3F75908160000000, %5 ], !dbg !19
  %52 = phi float [ 0xBF4AE9A400000000, %45 ], [ 0xBF3EAC1720000000, %5 ], !dbg !19
  %53 = phi float [ 0x3F163D2D40000000, %45 ], [ 0x3EF1394780000000, %5 ], !dbg !19
  %54 = phi float [ %46, %45 ], [ %43, %5 ], !dbg !19
  %55 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %53, float %54, float %52) #3, !dbg !19
  %56 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %55, float %54, float %51) #3, !dbg !19
  %57 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %56, float %54, float %50) #3, !dbg !19
  %58 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %57, float %54, float %49) #3, !dbg !19
  %59 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %58, float %54, float %48) #3, !dbg !19
  %60 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %59, float %54, float %47) #3, !dbg !19
  %61 = fneg float %54, !dbg !19
  %62 = select i1 %44, float %61, float %39, !dbg !19
  %63 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %60, float %62, float %62) #3, !dbg !19
  br i1 %44, label %64, label %__nv_erff.exit, !dbg !19

64:                                               ; preds = %__internal_fmad.exit.i
  %65 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %63), !dbg !19
  %66 = fsub float 1.000000e+00, %65, !dbg !19
  %67 = bitcast float %66 to i32, !dbg !19
  %68 = bitcast float %39 to i32, !dbg !19
  %69 = and i32 %68, -2147483648, !dbg !19
  %70 = or i32 %69, %67, !dbg !19
  %71 = bitcast i32 %70 to float, !dbg !19
  br label %__nv_erff.exit, !dbg !19

__nv_erff.exit:                                   ; preds = %64, %__internal_fmad.exit.i
  %r.0.i = phi float [ %71, %64 ], [ %63, %__internal_fmad.exit.i ], !dbg !19
  %72 = tail call float @llvm.nvvm.fabs.ftz.f32(float %40), !dbg !19
  %73 = fcmp oge float %72, 0x3FF00C1FC0000000, !dbg !19
  br i1 %73, label %__internal_fmad.exit.i3, label %74, !dbg !19

74:                                               ; preds = %__nv_erff.exit
  %75 = fmul float %40, %40
  br label %__internal_fmad.exit.i3, !dbg !19

__internal_fmad.exit.i3:                          ; preds = %__nv_erff.exit, %74
  %76 = phi float [ 0x3FC06EBA60000000, %74 ], [ 0x3FE41B0840000000, %__nv_erff.exit ], !dbg !19
  %77 = phi float [ 0xBFD8127580000000, %74 ], [ 0x3FED526FC0000000, %__nv_erff.exit ], !dbg !19
  %78 = phi float [ 0x3FBCE315E0000000, %74 ], [ 0x3FC39F20C0000000, %__nv_erff.exit ], !dbg !19
  %79 = phi float [ 0xBF9B837CE0000000, %74 ], [ 0xBFA1902C40000000, %__nv_erff.exit ], !dbg !19
  %80 = phi float [ 0x3F755ABD40000000, %74 ], [ 0x3F75908160000000, %__nv_erff.exit ], !dbg !19
  %81 = phi float [ 0xBF4AE9A400000000, %74 ], [ 0xBF3EAC1720000000, %__nv_erff.exit ], !dbg !19
  %82 = phi float [ 0x3F163D2D40000000, %74 ], [ 0x3EF1394780000000, %__nv_erff.exit ], !dbg !19
  %83 = phi float [ %75, %74 ], [ %72, %__nv_erff.exit ], !dbg !19
  %84 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %82, float %83, float %81) #3, !dbg !19
  %85 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %84, float %83, float %80) #3, !dbg !19
  %86 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %85, float %83, float %79) #3, !dbg !19
  %87 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %86, float %83, float %78) #3, !dbg !19
  %88 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %87, float %83, float %77) #3, !dbg !19
  %89 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %88, float %83, float %76) #3, !dbg !19
  %90 = fneg float %83, !dbg !19
  %91 = select i1 %73, float %90, float %40, !dbg !19
  %92 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %89, float %91, float %91) #3, !dbg !19
  br i1 %73, label %93, label %__nv_erff.exit22, !dbg !19

93:                                               ; preds = %__internal_fmad.exit.i3
  %94 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %92), !dbg !19
  %95 = fsub float 1.000000e+00, %94, !dbg !19
  %96 = bitcast float %95 to i32, !dbg !19
  %97 = bitcast float %40 to i32, !dbg !19
  %98 = and i32 %97, -2147483648, !dbg !19
  %99 = or i32 %98, %96, !dbg !19
  %100 = bitcast i32 %99 to float, !dbg !19
  br label %__nv_erff.exit22, !dbg !19

__nv_erff.exit22:                                 ; preds = %93, %__internal_fmad.exit.i3
  %r.0.i18 = phi float [ %100, %93 ], [ %92, %__internal_fmad.exit.i3 ], !dbg !19
  %101 = tail call float @llvm.nvvm.fabs.ftz.f32(float %41), !dbg !19
  %102 = fcmp oge float %101, 0x3FF00C1FC0000000, !dbg !19
  br i1 %102, label %__internal_fmad.exit.i25, label %103, !dbg !19

103:                                              ; preds = %__nv_erff.exit22
  %104 = fmul float %41, %41
  br label %__internal_fmad.exit.i25, !dbg !19

__internal_fmad.exit.i25:                         ; preds = %__nv_erff.exit22, %103
  %105 = phi float [ 0x3FC06EBA60000000, %103 ], [ 0x3FE41B0840000000, %__nv_erff.exit22 ], !dbg !19
  %106 = phi float [ 0xBFD8127580000000, %103 ], [ 0x3FED526FC0000000, %__nv_erff.exit22 ], !dbg !19
  %107 = phi float [ 0x3FBCE315E0000000, %103 ], [ 0x3FC39F20C0000000, %__nv_erff.exit22 ], !dbg !19
  %108 = phi float [ 0xBF9B837CE0000000, %103 ], [ 0xBFA1902C40000000, %__nv_erff.exit22 ], !dbg !19
  %109 = phi float [ 0x3F755ABD40000000, %103 ], [ 0x3F75908160000000, %__nv_erff.exit22 ], !dbg !19
  %110 = phi float [ 0xBF4AE9A400000000, %103 ], [ 0xBF3EAC1720000000, %__nv_erff.exit22 ], !dbg !19
  %111 = phi float [ 0x3F163D2D40000000, %103 ], [ 0x3EF1394780000000, %__nv_erff.exit22 ], !dbg !19
  %112 = phi float [ %104, %103 ], [ %101, %__nv_erff.exit22 ], !dbg !19
  %113 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %111, float %112, float %110) #3, !dbg !19
  %114 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %113, float %112, float %109) #3, !dbg !19
  %115 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %114, float %112, float %108) #3, !dbg !19
  %116 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %115, float %112, float %107) #3, !dbg !19
  %117 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %116, float %112, float %106) #3, !dbg !19
  %118 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %117, float %112, float %105) #3, !dbg !19
  %119 = fneg float %112, !dbg !19
  %120 = select i1 %102, float %119, float %41, !dbg !19
  %121 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %118, float %120, float %120) #3, !dbg !19
  br i1 %102, label %122, label %__nv_erff.exit44, !dbg !19

122:                                              ; preds = %__internal_fmad.exit.i25
  %123 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %121), !dbg !19
  %124 = fsub float 1.000000e+00, %123, !dbg !19
  %125 = bitcast float %124 to i32, !dbg !19
  %126 = bitcast float %41 to i32, !dbg !19
  %127 = and i32 %126, -2147483648, !dbg !19
  %128 = or i32 %127, %125, !dbg !19
  %129 = bitcast i32 %128 to float, !dbg !19
  br label %__nv_erff.exit44, !dbg !19

__nv_erff.exit44:                                 ; preds = %122, %__internal_fmad.exit.i25
  %r.0.i40 = phi float [ %129, %122 ], [ %121, %__internal_fmad.exit.i25 ], !dbg !19
  %130 = tail call float @llvm.nvvm.fabs.ftz.f32(float %42), !dbg !19
  %131 = fcmp oge float %130, 0x3FF00C1FC0000000, !dbg !19
  br i1 %131, label %__internal_fmad.exit.i47, label %132, !dbg !19

132:                                              ; preds = %__nv_erff.exit44
  %133 = fmul float %42, %42
  br label %__internal_fmad.exit.i47, !dbg !19

__internal_fmad.exit.i47:                         ; preds = %__nv_erff.exit44, %132
  %134 = phi float [ 0x3FC06EBA60000000, %132 ], [ 0x3FE41B0840000000, %__nv_erff.exit44 ], !dbg !19
  %135 = phi float [ 0xBFD8127580000000, %132 ], [ 0x3FED526FC0000000, %__nv_erff.exit44 ], !dbg !19
  %136 = phi float [ 0x3FBCE315E0000000, %132 ], [ 0x3FC39F20C0000000, %__nv_erff.exit44 ], !dbg !19
  %137 = phi float [ 0xBF9B837CE0000000, %132 ], [ 0xBFA1902C40000000, %__nv_erff.exit44 ], !dbg !19
  %138 = phi float [ 0x3F755ABD40000000, %132 ], [ 0x3F75908160000000, %__nv_erff.exit44 ], !dbg !19
  %139 = phi float [ 0xBF4AE9A400000000, %132 ], [ 0xBF3EAC1720000000, %__nv_erff.exit44 ], !dbg !19
  %140 = phi float [ 0x3F163D2D40000000, %132 ], [ 0x3EF1394780000000, %__nv_erff.exit44 ], !dbg !19
  %141 = phi float [ %133, %132 ], [ %130, %__nv_erff.exit44 ], !dbg !19
  %142 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %140, float %141, float %139) #3, !dbg !19
  %143 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %142, float %141, float %138) #3, !dbg !19
  %144 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %143, float %141, float %137) #3, !dbg !19
  %145 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %144, float %141, float %136) #3, !dbg !19
  %146 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %145, float %141, float %135) #3, !dbg !19
  %147 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %146, float %141, float %134) #3, !dbg !19
  %148 = fneg float %141, !dbg !19
  %149 = select i1 %131, float %148, float %42, !dbg !19
  %150 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %147, float %149, float %149) #3, !dbg !19
  br i1 %131, label %151, label %__nv_erff.exit66, !dbg !19

151:                                              ; preds = %__internal_fmad.exit.i47
  %152 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %150), !dbg !19
  %153 = fsub float 1.000000e+00, %152, !dbg !19
  %154 = bitcast float %153 to i32, !dbg !19
  %155 = bitcast float %42 to i32, !dbg !19
  %156 = and i32 %155, -2147483648, !dbg !19
  %157 = or i32 %156, %154, !dbg !19
  %158 = bitcast i32 %157 to float, !dbg !19
  br label %__nv_erff.exit66, !dbg !19

__nv_erff.exit66:                                 ; preds = %151, %__internal_fmad.exit.i47
  %r.0.i62 = phi float [ %158, %151 ], [ %150, %__internal_fmad.exit.i47 ], !dbg !19
  %159 = fmul float %38, 5.000000e-01, !dbg !20
  %160 = fmul float %37, 5.000000e-01, !dbg !20
  %161 = fmul float %36, 5.000000e-01, !dbg !20
  %162 = fmul float %35, 5.000000e-01, !dbg !20
  %163 = fadd float %r.0.i, 1.000000e+00, !dbg !21
  %164 = fadd float %r.0.i18, 1.000000e+00, !dbg !21
  %165 = fadd float %r.0.i40, 1.000000e+00, !dbg !21
  %166 = fadd float %r.0.i62, 1.000000e+00, !dbg !21
  %167 = fmul float %162, %163, !dbg !22
  %168 = fmul float %161, %164, !dbg !22
  %169 = fmul float %160, %165, !dbg !22
  %170 = fmul float %159, %166, !dbg !22
  %171 = bitcast float %167 to i32, !dbg !23
  %172 = bitcast float %168 to i32, !dbg !23
  %173 = bitcast float %169 to i32, !dbg !23
  %174 = bitcast float %170 to i32, !dbg !23
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %171, i32 %172, i32 %173, i32 %174, ptr addrspace(1) %25) #3, !dbg !23
  ret void, !dbg !24
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

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "ctg6s3m6jpig6hfmi3sh5asiyzgrl3jmqegwwyr2yf4omcokukav.py", directory: "/tmp/torchinductor_root/tg")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = distinct !DISubprogram(name: "triton_poi_fused_addmm_gelu_0", linkageName: "triton_poi_fused_addmm_gelu_0", scope: !1, file: !1, line: 18, type: !6, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(cc: DW_CC_normal, types: !7)
!7 = !{}
!8 = !DILocation(line: 20, column: 28, scope: !5)
!9 = !DILocation(line: 20, column: 33, scope: !5)
!10 = !DILocation(line: 21, column: 36, scope: !5)
!11 = !DILocation(line: 21, column: 23, scope: !5)
!12 = !DILocation(line: 23, column: 19, scope: !5)
!13 = !DILocation(line: 25, column: 30, scope: !5)
!14 = !DILocation(line: 25, column: 35, scope: !5)
!15 = !DILocation(line: 26, column: 34, scope: !5)
!16 = !DILocation(line: 26, column: 39, scope: !5)
!17 = !DILocation(line: 27, column: 18, scope: !5)
!18 = !DILocation(line: 31, column: 18, scope: !5)
!19 = !DILocation(line: 32, column: 25, scope: !5)
!20 = !DILocation(line: 29, column: 18, scope: !5)
!21 = !DILocation(line: 34, column: 18, scope: !5)
!22 = !DILocation(line: 35, column: 19, scope: !5)
!23 = !DILocation(line: 36, column: 40, scope: !5)
!24 = !DILocation(line: 36, column: 4, scope: !5)
