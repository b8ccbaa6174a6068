; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_mul_tanh_0(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = shl i32 %6, 8, !dbg !14
  %8 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !15
  %9 = shl nuw nsw i32 %8, 1, !dbg !15
  %10 = or disjoint i32 %9, %7, !dbg !16
  %11 = icmp slt i32 %10, 512, !dbg !17
  %12 = sext i32 %10 to i64, !dbg !18
  %13 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %12, !dbg !18
  %14 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09@$3 ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l,b"(ptr addrspace(1) %13, i1 %11) #3, !dbg !19
  %15 = extractvalue { i32, i32 } %14, 0, !dbg !19
  %16 = extractvalue { i32, i32 } %14, 1, !dbg !19
  %17 = bitcast i32 %15 to float, !dbg !19
  %18 = bitcast i32 %16 to float, !dbg !19
  %19 = fmul float %17, 2.000000e+00, !dbg !20
  %20 = fmul float %18, 2.000000e+00, !dbg !20
  %21 = tail call float @llvm.nvvm.fabs.ftz.f32(float %19), !dbg !21
  %22 = fmul float %21, 0x4007154760000000, !dbg !21
  %23 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %22), !dbg !21
  %24 = fadd float %23, 1.000000e+00, !dbg !21
  %25 = tail call float asm "rcp.approx.ftz.f32 $0,$1;", "=f,f"(float %24) #4, !dbg !21, !srcloc !22
  %26 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %25, float -2.000000e+00, float 1.000000e+00) #3, !dbg !21
  %27 = fcmp oge float %21, 0x4022059680000000, !dbg !21
  %28 = bitcast float %26 to i32, !dbg !21
  %29 = select i1 %27, i32 1065353216, i32 %28, !dbg !21
  %30 = bitcast float %19 to i32, !dbg !21
  %31 = and i32 %30, -2147483648, !dbg !21
  %32 = or i32 %29, %31, !dbg !21
  %33 = fmul float %19, %19, !dbg !21
  %34 = tail call float @llvm.nvvm.fma.rn.ftz.f(float 0x3F901E1040000000, float %33, float 0xBFAAC795C0000000) #3, !dbg !21
  %35 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %34, float %33, float 0x3FC10B2820000000) #3, !dbg !21
  %36 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %35, float %33, float 0xBFD5553DA0000000) #3, !dbg !21
  %37 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %36, float %33, float 0.000000e+00) #3, !dbg !21
  %38 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %37, float %19, float %19) #3, !dbg !21
  %39 = fcmp oge float %21, 0x3FE3333340000000, !dbg !21
  %40 = tail call float @llvm.nvvm.fabs.ftz.f32(float %20), !dbg !21
  %41 = fmul float %40, 0x4007154760000000, !dbg !21
  %42 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %41), !dbg !21
  %43 = fadd float %42, 1.000000e+00, !dbg !21
  %44 = tail call float asm "rcp.approx.ftz.f32 $0,$1;", "=f,f"(float %43) #4, !dbg !21, !srcloc !22
  %45 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %44, float -2.000000e+00, float 1.000000e+00) #3, !dbg !21
  %46 = fcmp oge float %40, 0x4022059680000000, !dbg !21
  %47 = bitcast float %45 to i32, !dbg !21
  %48 = select i1 %46, i32 1065353216, i32 %47, !dbg !21
  %49 = bitcast float %20 to i32, !dbg !21
  %50 = and i32 %49, -2147483648, !dbg !21
  %51 = or i32 %48, %50, !dbg !21
  %52 = fmul float %20, %20, !dbg !21
  %53 = tail call float @llvm.nvvm.fma.rn.ftz.f(float 0x3F901E1040000000, float %52, float 0xBFAAC795C0000000) #3, !dbg !21
  %54 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %53, float %52, float 0x3FC10B2820000000) #3, !dbg !21
  %55 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %54, float %52, float 0xBFD5553DA0000000) #3, !dbg !21
  %56 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %55, float %52, float 0.000000e+00) #3, !dbg !21
  %57 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %56, float %20, float %20) #3, !dbg !21
  %58 = fcmp oge float %40, 0x3FE3333340000000, !dbg !21
  %59 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %12, !dbg !23
  %60 = bitcast float %38 to i32, !dbg !24
  %61 = select i1 %39, i32 %32, i32 %60, !dbg !21
  %62 = bitcast float %57 to i32, !dbg !24
  %63 = select i1 %58, i32 %51, i32 %62, !dbg !21
  tail call void asm sideeffect "@$3 st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l,b"(i32 %61, i32 %63, ptr addrspace(1) %59, i1 %11) #3, !dbg !24
  ret void, !dbg !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.ftz.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #1

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #3 = { nounwind }
attributes #4 = { nounwind memory(none) }

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
