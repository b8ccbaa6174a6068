; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused__native_batch_norm_legit_no_training_convolution_relu_2(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, ptr addrspace(1) %3, ptr addrspace(1) %4, ptr addrspace(1) %5, i32 %6, ptr addrspace(1) nofree readnone captures(none) %7, ptr addrspace(1) nofree readnone captures(none) %8) local_unnamed_addr #0 !dbg !4 {
  %10 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !12
  %11 = shl i32 %10, 8, !dbg !12
  %12 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %13 = shl nuw nsw i32 %12, 1, !dbg !13
  %14 = and i32 %13, 254, !dbg !13
  %15 = or disjoint i32 %14, %11, !dbg !14
  %16 = sdiv i32 %15, 256, !dbg !15
  %17 = srem i32 %16, 16, !dbg !16
  %18 = sext i32 %15 to i64, !dbg !17
  %19 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %18, !dbg !17
  %20 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l"(ptr addrspace(1) %19) #3, !dbg !18
  %21 = extractvalue { i32, i32 } %20, 0, !dbg !18
  %22 = extractvalue { i32, i32 } %20, 1, !dbg !18
  %23 = bitcast i32 %21 to float, !dbg !18
  %24 = bitcast i32 %22 to float, !dbg !18
  %25 = sext i32 %17 to i64, !dbg !19
  %26 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %25, !dbg !19
  %27 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #3, !dbg !20
  %28 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %26, i64 %27) #3, !dbg !20
  %29 = bitcast i32 %28 to float, !dbg !20
  %30 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %26, i64 %27) #3, !dbg !20
  %31 = bitcast i32 %30 to float, !dbg !20
  %32 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %25, !dbg !21
  %33 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %32, i64 %27) #3, !dbg !22
  %34 = bitcast i32 %33 to float, !dbg !22
  %35 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %32, i64 %27) #3, !dbg !22
  %36 = bitcast i32 %35 to float, !dbg !22
  %37 = getelementptr [4 x i8], ptr addrspace(1) %3, i64 %25, !dbg !23
  %38 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %37, i64 %27) #3, !dbg !24
  %39 = bitcast i32 %38 to float, !dbg !24
  %40 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %37, i64 %27) #3, !dbg !24
  %41 = bitcast i32 %40 to float, !dbg !24
  %42 = getelementptr [4 x i8], ptr addrspace(1) %4, i64 %25, !dbg !25
  %43 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %42, i64 %27) #3, !dbg !26
  %44 = bitcast i32 %43 to float, !dbg !26
  %45 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %42, i64 %27) #3, !dbg !26
  %46 = bitcast i32 %45 to float, !dbg !26
  %47 = getelementptr [4 x i8], ptr addrspace(1) %5, i64 %25, !dbg !27
  %48 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %47, i64 %27) #3, !dbg !28
  %49 = bitcast i32 %48 to float, !dbg !28
  %50 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.b32 { $0 }, [ $1 + 0 ], $2;", "=r,l,l"(ptr addrspace(1) %47, i64 %27) #3, !dbg !28
  %51 = bitcast i32 %50 to float, !dbg !28
  %52 = fadd float %23, %29, !dbg !29
  %53 = fadd float %24, %31, !dbg !29
  %54 = fsub float %52, %34, !dbg !30
  %55 = fsub float %53, %36, !dbg !30
  %56 = fadd float %39, f0x3727C5AC, !dbg !31
  %57 = fadd float %41, f0x3727C5AC, !dbg !31
  %58 = tail call float @llvm.nvvm.sqrt.rn.f(float %56), !dbg !32
  %59 = tail call float @llvm.nvvm.sqrt.rn.f(float %57), !dbg !32
  %60 = tail call float @llvm.nvvm.div.full(float 1.000000e+00, float %58), !dbg !33
  %61 = tail call float @llvm.nvvm.div.full(float 1.000000e+00, float %59), !dbg !33
  %62 = fmul float %54, %60, !dbg !34
  %63 = fmul float %55, %61, !dbg !34
  %64 = fmul float %62, %44, !dbg !35
  %65 = fmul float %63, %46, !dbg !35
  %66 = fadd float %64, %49, !dbg !36
  %67 = fadd float %65, %51, !dbg !36
  %68 = fcmp olt float %66, 0.000000e+00, !dbg !37
  %69 = fcmp olt float %67, 0.000000e+00, !dbg !37
  %70 = bitcast float %66 to i32, !dbg !42
  %71 = select i1 %68, i32 0, i32 %70, !dbg !43
  %72 = bitcast float %67 to i32, !dbg !42
  %73 = select i1 %69, i32 0, i32 %72, !dbg !43
  tail call void asm sideeffect "st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l"(i32 %71, i32 %73, ptr addrspace(1) %19) #3, !dbg !42
  ret void, !dbg !44
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.sqrt.rn.f(float) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #2

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none) }
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
