; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@.str = private unnamed_addr constant [11 x i8] c"__CUDA_FTZ\00", align 1

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_mul_tanh_0(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = shl i32 %6, 8, !dbg !14
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !15
  %9 = shl nuw nsw i32 %8, 1, !dbg !15
  %10 = and i32 %9, 254, !dbg !15
  %11 = or disjoint i32 %10, %7, !dbg !16
  %12 = icmp slt i32 %11, 512, !dbg !17
  %13 = sext i32 %11 to i64, !dbg !18
  %14 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %13, !dbg !18
  %15 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09@$3 ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l,b"(ptr addrspace(1) %14, i1 %12) #5, !dbg !19
  %16 = extractvalue { i32, i32 } %15, 0, !dbg !19
  %17 = extractvalue { i32, i32 } %15, 1, !dbg !19
  %18 = bitcast i32 %16 to float, !dbg !19
  %19 = bitcast i32 %17 to float, !dbg !19
  %20 = fmul float %18, 2.000000e+00, !dbg !20
  %21 = fmul float %19, 2.000000e+00, !dbg !20
  %22 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not.i = icmp eq i32 %22, 0, !dbg !21
  %23 = tail call float @llvm.nvvm.fabs.ftz.f32(float %20), !dbg !21
  %24 = tail call float @llvm.nvvm.fabs.f32(float %20), !dbg !21
  %.02.i = select i1 %.not.i, float %24, float %23, !dbg !21
  %25 = fmul float %.02.i, 2.885390e+00, !dbg !21
  %26 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %25), !dbg !21
  %27 = fadd float %26, 1.000000e+00, !dbg !21
  %28 = tail call float asm "rcp.approx.ftz.f32 $0,$1;", "=f,f"(float %27) #6, !dbg !21, !srcloc !22
  %29 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not1.i = icmp eq i32 %29, 0, !dbg !21
  %30 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %28, float -2.000000e+00, float 1.000000e+00) #5, !dbg !21
  %31 = tail call float @llvm.nvvm.fma.rn.f(float %28, float -2.000000e+00, float 1.000000e+00) #5, !dbg !21
  %.04.i = select i1 %.not1.i, float %31, float %30, !dbg !21
  %32 = fcmp oge float %.02.i, f0x41102CB4, !dbg !21
  %33 = bitcast float %.04.i to i32, !dbg !21
  %34 = select i1 %32, i32 1065353216, i32 %33, !dbg !21
  %35 = bitcast float %20 to i32, !dbg !21
  %36 = and i32 %35, -2147483648, !dbg !21
  %37 = or i32 %34, %36, !dbg !21
  %38 = fmul float %20, %20, !dbg !21
  %39 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not2.i = icmp eq i32 %39, 0, !dbg !21
  %40 = tail call float @llvm.nvvm.fma.rn.ftz.f(float f0x3C80F082, float %38, float f0xBD563CAE) #5, !dbg !21
  %41 = tail call float @llvm.nvvm.fma.rn.f(float f0x3C80F082, float %38, float f0xBD563CAE) #5, !dbg !21
  %.07.i = select i1 %.not2.i, float %41, float %40, !dbg !21
  %42 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not3.i = icmp eq i32 %42, 0, !dbg !21
  %43 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.07.i, float %38, float f0x3E085941) #5, !dbg !21
  %44 = tail call float @llvm.nvvm.fma.rn.f(float %.07.i, float %38, float f0x3E085941) #5, !dbg !21
  %.05.i = select i1 %.not3.i, float %44, float %43, !dbg !21
  %45 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not4.i = icmp eq i32 %45, 0, !dbg !21
  %46 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.05.i, float %38, float f0xBEAAA9ED) #5, !dbg !21
  %47 = tail call float @llvm.nvvm.fma.rn.f(float %.05.i, float %38, float f0xBEAAA9ED) #5, !dbg !21
  %.0.i = select i1 %.not4.i, float %47, float %46, !dbg !21
  %48 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not5.i = icmp eq i32 %48, 0, !dbg !21
  %49 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.0.i, float %38, float 0.000000e+00) #5, !dbg !21
  %50 = tail call float @llvm.nvvm.fma.rn.f(float %.0.i, float %38, float 0.000000e+00) #5, !dbg !21
  %.06.i = select i1 %.not5.i, float %50, float %49, !dbg !21
  %51 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not6.i = icmp eq i32 %51, 0, !dbg !21
  %52 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.06.i, float %20, float %20) #5, !dbg !21
  %53 = tail call float @llvm.nvvm.fma.rn.f(float %.06.i, float %20, float %20) #5, !dbg !21
  %.03.i = select i1 %.not6.i, float %53, float %52, !dbg !21
  %54 = fcmp oge float %.02.i, 6.000000e-01, !dbg !21
  %55 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not.i1 = icmp eq i32 %55, 0, !dbg !21
  %56 = tail call float @llvm.nvvm.fabs.ftz.f32(float %21), !dbg !21
  %57 = tail call float @llvm.nvvm.fabs.f32(float %21), !dbg !21
  %.02.i2 = select i1 %.not.i1, float %57, float %56, !dbg !21
  %58 = fmul float %.02.i2, 2.885390e+00, !dbg !21
  %59 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %58), !dbg !21
  %60 = fadd float %59, 1.000000e+00, !dbg !21
  %61 = tail call float asm "rcp.approx.ftz.f32 $0,$1;", "=f,f"(float %60) #6, !dbg !21, !srcloc !22
  %62 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not1.i3 = icmp eq i32 %62, 0, !dbg !21
  %63 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %61, float -2.000000e+00, float 1.000000e+00) #5, !dbg !21
  %64 = tail call float @llvm.nvvm.fma.rn.f(float %61, float -2.000000e+00, float 1.000000e+00) #5, !dbg !21
  %.04.i4 = select i1 %.not1.i3, float %64, float %63, !dbg !21
  %65 = fcmp oge float %.02.i2, f0x41102CB4, !dbg !21
  %66 = bitcast float %.04.i4 to i32, !dbg !21
  %67 = select i1 %65, i32 1065353216, i32 %66, !dbg !21
  %68 = bitcast float %21 to i32, !dbg !21
  %69 = and i32 %68, -2147483648, !dbg !21
  %70 = or i32 %67, %69, !dbg !21
  %71 = fmul float %21, %21, !dbg !21
  %72 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not2.i5 = icmp eq i32 %72, 0, !dbg !21
  %73 = tail call float @llvm.nvvm.fma.rn.ftz.f(float f0x3C80F082, float %71, float f0xBD563CAE) #5, !dbg !21
  %74 = tail call float @llvm.nvvm.fma.rn.f(float f0x3C80F082, float %71, float f0xBD563CAE) #5, !dbg !21
  %.07.i6 = select i1 %.not2.i5, float %74, float %73, !dbg !21
  %75 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not3.i7 = icmp eq i32 %75, 0, !dbg !21
  %76 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.07.i6, float %71, float f0x3E085941) #5, !dbg !21
  %77 = tail call float @llvm.nvvm.fma.rn.f(float %.07.i6, float %71, float f0x3E085941) #5, !dbg !21
  %.05.i8 = select i1 %.not3.i7, float %77, float %76, !dbg !21
  %78 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not4.i9 = icmp eq i32 %78, 0, !dbg !21
  %79 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.05.i8, float %71, float f0xBEAAA9ED) #5, !dbg !21
  %80 = tail call float @llvm.nvvm.fma.rn.f(float %.05.i8, float %71, float f0xBEAAA9ED) #5, !dbg !21
  %.0.i10 = select i1 %.not4.i9, float %80, float %79, !dbg !21
  %81 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not5.i11 = icmp eq i32 %81, 0, !dbg !21
  %82 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.0.i10, float %71, float 0.000000e+00) #5, !dbg !21
  %83 = tail call float @llvm.nvvm.fma.rn.f(float %.0.i10, float %71, float 0.000000e+00) #5, !dbg !21
  %.06.i12 = select i1 %.not5.i11, float %83, float %82, !dbg !21
  %84 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #5, !dbg !21
  %.not6.i13 = icmp eq i32 %84, 0, !dbg !21
  %85 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %.06.i12, float %21, float %21) #5, !dbg !21
  %86 = tail call float @llvm.nvvm.fma.rn.f(float %.06.i12, float %21, float %21) #5, !dbg !21
  %.03.i14 = select i1 %.not6.i13, float %86, float %85, !dbg !21
  %87 = fcmp oge float %.02.i2, 6.000000e-01, !dbg !21
  %88 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %13, !dbg !23
  %89 = bitcast float %.03.i to i32, !dbg !24
  %90 = select i1 %54, i32 %37, i32 %89, !dbg !21
  %91 = bitcast float %.03.i14 to i32, !dbg !24
  %92 = select i1 %87, i32 %70, i32 %91, !dbg !21
  tail call void asm sideeffect "@$3 st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l,b"(i32 %90, i32 %92, ptr addrspace(1) %88, i1 %12) #5, !dbg !24
  ret void, !dbg !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

declare i32 @__nvvm_reflect(ptr) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.ftz.f32(float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.f(float, float, float) #3

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "disable-tail-calls"="false" "frame-pointer"="all" "less-precise-fpmad"="false" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "stack-protector-buffer-size"="8" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nounwind }
attributes #6 = { nounwind memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "c6l7zphlh45wjee4pnfpsi6krm5yih7ohndvoxkkamh5b6krq4so.py", directory: "/tmp/torchinductor_root/6l")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_poi_fused_mul_tanh_0", linkageName: "triton_poi_fused_mul_tanh_0", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
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
!17 = !DILocation(line: 22, column: 13, scope: !6)
!18 = !DILocation(line: 24, column: 20, scope: !6)
!19 = !DILocation(line: 24, column: 12, scope: !6)
!20 = !DILocation(line: 26, column: 12, scope: !6)
!21 = !DILocation(line: 27, column: 12, scope: !6)
!22 = !{i32 21584}
!23 = !DILocation(line: 28, column: 14, scope: !6)
!24 = !DILocation(line: 28, column: 5, scope: !6)
!25 = !DILocation(line: 18, column: 1, scope: !6)
