; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_clone_transpose_view_4(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !4 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !12
  %7 = shl i32 %6, 8, !dbg !12
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %9 = shl nuw nsw i32 %8, 1, !dbg !13
  %10 = and i32 %9, 254, !dbg !13
  %11 = or disjoint i32 %10, %7, !dbg !14
  %12 = sdiv i32 %11, 16, !dbg !15
  %13 = srem i32 %12, 4, !dbg !16
  %14 = sdiv i32 %11, 64, !dbg !17
  %15 = insertelement <2 x i32> poison, i32 %11, i64 0, !dbg !18
  %16 = insertelement <2 x i32> %15, i32 %14, i64 1, !dbg !18
  %17 = srem <2 x i32> %16, <i32 16, i32 64>, !dbg !18
  %18 = sdiv i32 %11, 4096, !dbg !19
  %19 = insertelement <4 x i32> poison, i32 %13, i64 2, !dbg !20
  %20 = insertelement <4 x i32> %19, i32 %18, i64 3, !dbg !20
  %21 = shufflevector <2 x i32> %17, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !20
  %22 = shufflevector <4 x i32> %21, <4 x i32> %20, <4 x i32> <i32 0, i32 1, i32 6, i32 7>, !dbg !20
  %23 = shl nsw <4 x i32> %22, <i32 0, i32 4, i32 10, i32 12>, !dbg !20
  %24 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %23), !dbg !21
  %25 = sext i32 %24 to i64, !dbg !22
  %26 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %25, !dbg !22
  %27 = tail call { i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09ld.global.v2.b32 { $0, $1 }, [ $2 + 0 ];", "=r,=r,l"(ptr addrspace(1) %26) #3, !dbg !23
  %28 = extractvalue { i32, i32 } %27, 0, !dbg !23
  %29 = extractvalue { i32, i32 } %27, 1, !dbg !23
  %30 = sext i32 %11 to i64, !dbg !24
  %31 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %30, !dbg !24
  tail call void asm sideeffect "st.global.v2.b32 [ $2 + 0 ], { $0, $1 };", "r,r,l"(i32 %28, i32 %29, ptr addrspace(1) %31) #3, !dbg !25
  ret void, !dbg !26
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #2

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "ci2gxul7i75p7ojsxoctp37bxsd6v6cusogz3gld7f6ndmrkess4.py", directory: "/tmp/torchinductor_root/i2")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "triton_poi_fused_clone_transpose_view_4", linkageName: "triton_poi_fused_clone_transpose_view_4", scope: !1, file: !1, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !9, !10, !10}
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
!17 = !DILocation(line: 25, column: 12, scope: !4)
!18 = !DILocation(line: 23, column: 11, scope: !4)
!19 = !DILocation(line: 26, column: 10, scope: !4)
!20 = !DILocation(line: 28, column: 36, scope: !4)
!21 = !DILocation(line: 28, column: 31, scope: !4)
!22 = !DILocation(line: 28, column: 20, scope: !4)
!23 = !DILocation(line: 28, column: 12, scope: !4)
!24 = !DILocation(line: 29, column: 14, scope: !4)
!25 = !DILocation(line: 29, column: 5, scope: !4)
!26 = !DILocation(line: 18, column: 1, scope: !4)
