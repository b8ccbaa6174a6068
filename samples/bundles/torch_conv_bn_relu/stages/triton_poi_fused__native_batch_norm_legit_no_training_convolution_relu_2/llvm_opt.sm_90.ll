; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused__native_batch_norm_legit_no_training_convolution_relu_2(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, ptr addrspace(1) %3, ptr addrspace(1) %4, ptr addrspace(1) %5, i32 %6, ptr addrspace(1) nofree readnone captures(none) %7, ptr addrspace(1) nofree readnone captures(none) %8) local_unnamed_addr #0 !dbg !4 {
  %10 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !12
  %11 = shl i32 %10, 8, !dbg !12
  %12 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %13 = shl nuw nsw i32 %12, 1, !dbg !13
  %14 = or disjoint i32 %13, %11, !dbg !14
  %15 = sdiv i32 %14, 256, !dbg !15
  %16 = srem i32 %15, 16, !dbg !16
  %17 = sext i32 %14 to i64, !dbg !17
  %18 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %17, !dbg !17
  %19 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l"(ptr addrspace(1) %18) #3, !dbg !18
  %20 = extractvalue { i32, i32 } %19, 0, !dbg !18
  %21 = extractvalue { i32, i32 } %19, 1, !dbg !18
  %22 = bitcast i32 %20 to float, !dbg !18
  %23 = bitcast i32 %21 to float, !dbg !18
  %24 = sext i32 %16 to i64, !dbg !19
  %25 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %24, !dbg !19
  %26 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #3, !dbg !20
  %27 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %25, i64 %26) #3, !dbg !20
  %28 = bitcast i32 %27 to float, !dbg !20
  %29 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %25, i64 %26) #3, !dbg !20
  %30 = bitcast i32 %29 to float, !dbg !20
  %31 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %24, !dbg !21
  %32 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %31, i64 %26) #3, !dbg !22
  %33 = bitcast i32 %32 to float, !dbg !22
  %34 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %31, i64 %26) #3, !dbg !22
  %35 = bitcast i32 %34 to float, !dbg !22
  %36 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %24, !dbg !23
  %37 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %36, i64 %26) #3, !dbg !24
  %38 = bitcast i32 %37 to float, !dbg !24
  %39 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %36, i64 %26) #3, !dbg !24
  %40 = bitcast i32 %39 to float, !dbg !24
  %41 = getelementptr [4 x i8], ptr addrspace(1) %4, i64 %24, !dbg !25
  %42 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %41, i64 %26) #3, !dbg !26
  %43 = bitcast i32 %42 to float, !dbg !26
  %44 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %41, i64 %26) #3, !dbg !26
  %45 = bitcast i32 %44 to float, !dbg !26
  %46 = getelementptr [4 x i8], ptr addrspace(1) %5, i64 %24, !dbg !27
  %47 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %46, i64 %26) #3, !dbg !28
  %48 = bitcast i32 %47 to float, !dbg !28
  %49 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %46, i64 %26) #3, !dbg !28
  %50 = bitcast i32 %49 to float, !dbg !28
  %51 = fadd float %22, %28, !dbg !29
  %52 = fadd float %23, %30, !dbg !29
  %53 = fsub float %51, %33, !dbg !30
  %54 = fsub float %52, %35, !dbg !30
  %55 = fadd float %38, 0x3EE4F8B580000000, !dbg !31
  %56 = fadd float %40, 0x3EE4F8B580000000, !dbg !31
  %57 = tail call float @llvm.nvvm.sqrt.rn.f(float %55), !dbg !32
  %58 = tail call float @llvm.nvvm.sqrt.rn.f(float %56), !dbg !32
  %59 = tail call float @llvm.nvvm.div.full(float 1.000000e+00, float %57), !dbg !33
  %60 = tail call float @llvm.nvvm.div.full(float 1.000000e+00, float %58), !dbg !33
  %61 = fmul float %53, %59, !dbg !34
  %62 = fmul float %54, %60, !dbg !34
  %63 = fmul float %61, %43, !dbg !35
  %64 = fmul float %62, %45, !dbg !35
  %65 = fadd float %63, %48, !dbg !36
  %66 = fadd float %64, %50, !dbg !36
  %67 = fcmp olt float %65, 0.000000e+00, !dbg !37
  %68 = fcmp olt float %66, 0.000000e+00, !dbg !37
  %69 = bitcast float %65 to i32, !dbg !42
  %70 = select i1 %67, i32 0, i32 %69, !dbg !43
  %71 = bitcast float %66 to i32, !dbg !42
  %72 = select i1 %68, i32 0, i32 %71, !dbg !43
  tail call void asm sideeffect "st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l"(i32 %70, i32 %72, ptr addrspace(1) %18) #3, !dbg !42
  ret void, !dbg !44
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.sqrt.rn.f(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #2

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "c7ipp6jbhp3ad6edrp5iejtpc72x54arz3a22yz5c7yy4wfandik.py", directory: "/tmp/torchinductor_root/7i")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "triton_poi_fused__native_batch_norm_legit_no_training_convolution_relu_2", linkageName: "triton_poi_fused__native_batch_norm_legit_no_training_convolution_relu_2", scope: !1, file: !1, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !7, !7, !7, !7, !9, !10, !10}
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !8, size: 64, dwarfAddressSpace: 1)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !11, size: 64, dwarfAddressSpace: 1)
!11 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!12 = !DILocation(line: 20, column: 15, scope: !4)
!13 = !DILocation(line: 21, column: 24, scope: !4)
!14 = !DILocation(line: 21, column: 14, scope: !4)
!15 = !DILocation(line: 24, column: 12, scope: !4)
!16 = !DILocation(line: 24, column: 11, scope: !4)
!17 = !DILocation(line: 25, column: 20, scope: !4)
!18 = !DILocation(line: 25, column: 12, scope: !4)
!19 = !DILocation(line: 26, column: 20, scope: !4)
!20 = !DILocation(line: 26, column: 12, scope: !4)
!21 = !DILocation(line: 27, column: 20, scope: !4)
!22 = !DILocation(line: 27, column: 12, scope: !4)
!23 = !DILocation(line: 28, column: 20, scope: !4)
!24 = !DILocation(line: 28, column: 12, scope: !4)
!25 = !DILocation(line: 29, column: 21, scope: !4)
!26 = !DILocation(line: 29, column: 13, scope: !4)
!27 = !DILocation(line: 30, column: 21, scope: !4)
!28 = !DILocation(line: 30, column: 13, scope: !4)
!29 = !DILocation(line: 31, column: 12, scope: !4)
!30 = !DILocation(line: 32, column: 12, scope: !4)
!31 = !DILocation(line: 34, column: 12, scope: !4)
!32 = !DILocation(line: 35, column: 12, scope: !4)
!33 = !DILocation(line: 37, column: 14, scope: !4)
!34 = !DILocation(line: 39, column: 13, scope: !4)
!35 = !DILocation(line: 40, column: 13, scope: !4)
!36 = !DILocation(line: 41, column: 13, scope: !4)
!37 = !DILocation(line: 169, column: 12, scope: !38, inlinedAt: !40)
!38 = distinct !DILexicalBlockFile(scope: !4, file: !39, discriminator: 0)
!39 = !DIFile(filename: "triton_helpers.py", directory: "/work/main/.venv/lib/python3.11/site-packages/torch/_inductor/runtime")
!40 = !DILocation(line: 43, column: 13, scope: !41)
!41 = distinct !DILexicalBlockFile(scope: !4, file: !1, discriminator: 0)
!42 = !DILocation(line: 44, column: 5, scope: !4)
!43 = !DILocation(line: 172, column: 12, scope: !38, inlinedAt: !40)
!44 = !DILocation(line: 18, column: 1, scope: !4)
