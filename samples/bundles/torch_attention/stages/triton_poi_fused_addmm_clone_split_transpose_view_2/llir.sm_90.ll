; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_addmm_clone_split_transpose_view_2(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, ptr addrspace(1) nofree readnone captures(none) %4, ptr addrspace(1) nofree readnone captures(none) %5) local_unnamed_addr #0 !dbg !4 {
  %7 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !12
  %8 = shl i32 %7, 8, !dbg !12
  %9 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %10 = shl nuw nsw i32 %9, 1, !dbg !13
  %11 = and i32 %10, 254, !dbg !13
  %12 = or disjoint i32 %11, %8, !dbg !14
  %13 = sdiv i32 %12, 1024, !dbg !15
  %14 = insertelement <2 x i32> poison, i32 %12, i64 0, !dbg !16
  %15 = insertelement <2 x i32> %14, i32 %13, i64 1, !dbg !16
  %16 = srem <2 x i32> %15, <i32 16, i32 4>, !dbg !16
  %17 = sdiv i32 %12, 16, !dbg !17
  %18 = srem i32 %17, 64, !dbg !18
  %19 = sdiv i32 %12, 4096, !dbg !19
  %20 = add nsw <2 x i32> %16, <i32 128, i32 poison>, !dbg !20
  %21 = shl nsw <2 x i32> %16, <i32 128, i32 4>, !dbg !20
  %22 = shufflevector <2 x i32> %20, <2 x i32> %21, <2 x i32> <i32 0, i32 3>, !dbg !20
  %23 = tail call i32 @llvm.vector.reduce.add.v2i32(<2 x i32> %22), !dbg !20
  %24 = zext nneg i32 %23 to i64, !dbg !21
  %25 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %24, !dbg !21
  %26 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #3, !dbg !22
  %27 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.v2.b32 { $0, $1 }, [ $2 + 0 ], $3;", "=r,=r,l,l"(ptr addrspace(1) %25, i64 %26) #3, !dbg !22
  %28 = extractvalue { i32, i32 } %27, 0, !dbg !22
  %29 = extractvalue { i32, i32 } %27, 1, !dbg !22
  %30 = bitcast i32 %28 to float, !dbg !22
  %31 = bitcast i32 %29 to float, !dbg !22
  %32 = mul nsw i32 %18, 192, !dbg !23
  %33 = mul i32 %19, 12288, !dbg !24
  %34 = add i32 %32, %33, !dbg !25
  %35 = add i32 %34, %23, !dbg !25
  %36 = sext i32 %35 to i64, !dbg !26
  %37 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %36, !dbg !26
  %38 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l"(ptr addrspace(1) %37) #3, !dbg !27
  %39 = extractvalue { i32, i32 } %38, 0, !dbg !27
  %40 = extractvalue { i32, i32 } %38, 1, !dbg !27
  %41 = bitcast i32 %39 to float, !dbg !27
  %42 = bitcast i32 %40 to float, !dbg !27
  %43 = fadd float %30, %41, !dbg !28
  %44 = fadd float %31, %42, !dbg !28
  %45 = sext i32 %12 to i64, !dbg !29
  %46 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %45, !dbg !29
  %47 = bitcast float %43 to i32, !dbg !30
  %48 = bitcast float %44 to i32, !dbg !30
  tail call void asm sideeffect "st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l"(i32 %47, i32 %48, ptr addrspace(1) %46) #3, !dbg !30
  ret void, !dbg !31
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v2i32(<2 x i32>) #2

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "clka2h7lrtfzcu77nc3uofnekw5ffp6ym6rxtzeilxhrekcrwvtb.py", directory: "/tmp/torchinductor_root/lk")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "triton_poi_fused_addmm_clone_split_transpose_view_2", linkageName: "triton_poi_fused_addmm_clone_split_transpose_view_2", scope: !1, file: !1, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !7, !9, !10, !10}
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !8, size: 64, dwarfAddressSpace: 1)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !11, size: 64, dwarfAddressSpace: 1)
!11 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!12 = !DILocation(line: 20, column: 15, scope: !4)
!13 = !DILocation(line: 21, column: 24, scope: !4)
!14 = !DILocation(line: 21, column: 14, scope: !4)
!15 = !DILocation(line: 24, column: 12, scope: !4)
!16 = !DILocation(line: 23, column: 11, scope: !4)
!17 = !DILocation(line: 25, column: 12, scope: !4)
!18 = !DILocation(line: 25, column: 11, scope: !4)
!19 = !DILocation(line: 26, column: 10, scope: !4)
!20 = !DILocation(line: 28, column: 31, scope: !4)
!21 = !DILocation(line: 28, column: 20, scope: !4)
!22 = !DILocation(line: 28, column: 12, scope: !4)
!23 = !DILocation(line: 29, column: 50, scope: !4)
!24 = !DILocation(line: 29, column: 59, scope: !4)
!25 = !DILocation(line: 29, column: 31, scope: !4)
!26 = !DILocation(line: 29, column: 20, scope: !4)
!27 = !DILocation(line: 29, column: 12, scope: !4)
!28 = !DILocation(line: 30, column: 12, scope: !4)
!29 = !DILocation(line: 31, column: 14, scope: !4)
!30 = !DILocation(line: 31, column: 5, scope: !4)
!31 = !DILocation(line: 18, column: 1, scope: !4)
