; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused_addmm_gt_relu_sum_0(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, ptr addrspace(1) nofree readnone captures(none) %4, ptr addrspace(1) nofree readnone captures(none) %5) local_unnamed_addr #0 !dbg !4 {
  %7 = tail call range(i32 0, 128) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !14
  %8 = shl nuw nsw i32 %7, 2, !dbg !14
  %9 = and i32 %8, 60, !dbg !15
  %10 = zext nneg i32 %9 to i64, !dbg !16
  %11 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %10, !dbg !16
  %12 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #4, !dbg !17
  %13 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l"(ptr addrspace(1) %11, i64 %12) #4, !dbg !17
  %14 = extractvalue { i32, i32, i32, i32 } %13, 0, !dbg !17
  %15 = extractvalue { i32, i32, i32, i32 } %13, 1, !dbg !17
  %16 = extractvalue { i32, i32, i32, i32 } %13, 2, !dbg !17
  %17 = extractvalue { i32, i32, i32, i32 } %13, 3, !dbg !17
  %18 = zext nneg i32 %8 to i64, !dbg !18
  %19 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %18, !dbg !18
  %20 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"() #4, !dbg !19
  %21 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.L1::evict_first.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l"(ptr addrspace(1) %19, i64 %20) #4, !dbg !19
  %22 = extractvalue { i32, i32, i32, i32 } %21, 0, !dbg !19
  %23 = extractvalue { i32, i32, i32, i32 } %21, 1, !dbg !19
  %24 = extractvalue { i32, i32, i32, i32 } %21, 2, !dbg !19
  %25 = extractvalue { i32, i32, i32, i32 } %21, 3, !dbg !19
  %26 = insertelement <4 x i32> poison, i32 %14, i64 0, !dbg !17
  %27 = insertelement <4 x i32> %26, i32 %15, i64 1, !dbg !17
  %28 = insertelement <4 x i32> %27, i32 %16, i64 2, !dbg !17
  %29 = insertelement <4 x i32> %28, i32 %17, i64 3, !dbg !17
  %30 = bitcast <4 x i32> %29 to <4 x float>, !dbg !17
  %31 = insertelement <4 x i32> poison, i32 %22, i64 0, !dbg !19
  %32 = insertelement <4 x i32> %31, i32 %23, i64 1, !dbg !19
  %33 = insertelement <4 x i32> %32, i32 %24, i64 2, !dbg !19
  %34 = insertelement <4 x i32> %33, i32 %25, i64 3, !dbg !19
  %35 = bitcast <4 x i32> %34 to <4 x float>, !dbg !19
  %36 = fadd <4 x float> %30, %35, !dbg !20
  %37 = fcmp olt <4 x float> %36, zeroinitializer, !dbg !21
  %38 = select <4 x i1> %37, <4 x float> zeroinitializer, <4 x float> %36, !dbg !26
  %39 = extractelement <4 x float> %38, i64 0, !dbg !27
  %40 = extractelement <4 x float> %38, i64 1, !dbg !27
  %41 = fadd float %39, %40, !dbg !28
  %42 = extractelement <4 x float> %38, i64 2, !dbg !27
  %43 = extractelement <4 x float> %38, i64 3, !dbg !27
  %44 = fadd float %42, %43, !dbg !28
  %45 = fadd float %41, %44, !dbg !28
  %46 = bitcast float %45 to i32, !dbg !31
  %47 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %46, i32 16, i32 31), !dbg !31
  %48 = bitcast i32 %47 to float, !dbg !31
  %49 = fadd float %45, %48, !dbg !28
  %50 = bitcast float %49 to i32, !dbg !31
  %51 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %50, i32 8, i32 31), !dbg !31
  %52 = bitcast i32 %51 to float, !dbg !31
  %53 = fadd float %49, %52, !dbg !28
  %54 = bitcast float %53 to i32, !dbg !31
  %55 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %54, i32 4, i32 31), !dbg !31
  %56 = bitcast i32 %55 to float, !dbg !31
  %57 = fadd float %53, %56, !dbg !28
  %58 = bitcast float %57 to i32, !dbg !31
  %59 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %58, i32 2, i32 31), !dbg !31
  %60 = bitcast i32 %59 to float, !dbg !31
  %61 = fadd float %57, %60, !dbg !28
  %62 = bitcast float %61 to i32, !dbg !31
  %63 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %62, i32 1, i32 31), !dbg !31
  %64 = bitcast i32 %63 to float, !dbg !31
  %65 = fadd float %61, %64, !dbg !28
  %66 = lshr i32 %7, 3, !dbg !31
  %67 = and i32 %66, 12, !dbg !31
  %68 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %67, !dbg !31
  store float %65, ptr addrspace(3) %68, align 4, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !31
  %69 = and i32 %8, 12, !dbg !31
  %70 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %69, !dbg !31
  %71 = load i32, ptr addrspace(3) %70, align 4, !dbg !31
  %72 = bitcast i32 %71 to float, !dbg !31
  %73 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %71, i32 2, i32 31), !dbg !31
  %74 = bitcast i32 %73 to float, !dbg !31
  %75 = fadd float %72, %74, !dbg !28
  %76 = bitcast float %75 to i32, !dbg !31
  %77 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %76, i32 1, i32 31), !dbg !31
  %78 = bitcast i32 %77 to float, !dbg !31
  %79 = fadd float %75, %78, !dbg !28
  %80 = fcmp ogt float %79, 0.000000e+00, !dbg !33
  %81 = bitcast float %39 to i32, !dbg !27
  %82 = bitcast float %40 to i32, !dbg !27
  %83 = bitcast float %42 to i32, !dbg !27
  %84 = bitcast float %43 to i32, !dbg !27
  tail call void asm sideeffect "st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l"(i32 %81, i32 %82, i32 %83, i32 %84, ptr addrspace(1) %19) #4, !dbg !27
  %85 = zext i1 %80 to i8, !dbg !34
  %86 = icmp eq i32 %7, 0, !dbg !34
  tail call void asm sideeffect "@$2 st.global.b8 [ $1 + 0 ], { $0 };", "c,l,b"(i8 %85, ptr addrspace(1) %2, i1 %86) #4, !dbg !34
  ret void, !dbg !35
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32, i32, i32, i32) #2

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #3

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cjht6rigv2ejuhjlb55gd3mu2qanzz4nksa5eoz2y6cfz5ckqy75.py", directory: "/tmp/torchinductor_root/jh")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "triton_per_fused_addmm_gt_relu_sum_0", linkageName: "triton_per_fused_addmm_gt_relu_sum_0", scope: !1, file: !1, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !9, !11, !12, !12}
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !8, size: 64, dwarfAddressSpace: 1)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "bool", size: 1, encoding: DW_ATE_boolean)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 27, column: 16, scope: !4)
!15 = !DILocation(line: 32, column: 13, scope: !4)
!16 = !DILocation(line: 34, column: 20, scope: !4)
!17 = !DILocation(line: 34, column: 12, scope: !4)
!18 = !DILocation(line: 35, column: 20, scope: !4)
!19 = !DILocation(line: 35, column: 12, scope: !4)
!20 = !DILocation(line: 36, column: 12, scope: !4)
!21 = !DILocation(line: 169, column: 12, scope: !22, inlinedAt: !24)
!22 = distinct !DILexicalBlockFile(scope: !4, file: !23, discriminator: 0)
!23 = !DIFile(filename: "triton_helpers.py", directory: "/work/main/.venv/lib/python3.11/site-packages/torch/_inductor/runtime")
!24 = !DILocation(line: 38, column: 12, scope: !25)
!25 = distinct !DILexicalBlockFile(scope: !4, file: !1, discriminator: 0)
!26 = !DILocation(line: 172, column: 12, scope: !22, inlinedAt: !24)
!27 = !DILocation(line: 43, column: 5, scope: !4)
!28 = !DILocation(line: 287, column: 12, scope: !29, inlinedAt: !31)
!29 = distinct !DILexicalBlockFile(scope: !4, file: !30, discriminator: 0)
!30 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!31 = !DILocation(line: 314, column: 12, scope: !29, inlinedAt: !32)
!32 = !DILocation(line: 40, column: 12, scope: !25)
!33 = !DILocation(line: 42, column: 12, scope: !4)
!34 = !DILocation(line: 44, column: 5, scope: !4)
!35 = !DILocation(line: 18, column: 1, scope: !4)
