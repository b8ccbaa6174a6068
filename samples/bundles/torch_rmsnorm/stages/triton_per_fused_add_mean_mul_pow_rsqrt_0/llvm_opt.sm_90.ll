; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused_add_mean_mul_pow_rsqrt_0(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, i32 %4, ptr addrspace(1) nofree readnone captures(none) %5, ptr addrspace(1) nofree readnone captures(none) %6) local_unnamed_addr #0 !dbg !6 {
__nv_rsqrtf.exit:
  %7 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %8 = icmp samesign ult i32 %7, 16, !dbg !15
  %9 = tail call range(i32 0, 256) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !16
  %10 = shl nuw nsw i32 %9, 2, !dbg !16
  %11 = shl i32 %7, 10, !dbg !17
  %12 = or disjoint i32 %10, %11, !dbg !18
  %13 = sext i32 %12 to i64, !dbg !19
  %14 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %13, !dbg !19
  %15 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"() #5, !dbg !20
  %16 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, $4;\0A\09mov.u32 $1, $5;\0A\09mov.u32 $2, $6;\0A\09mov.u32 $3, $7;\0A\09@$10 ld.global.L1::evict_first.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $8 + 0 ], $9;", "=r,=r,=r,=r,r,r,r,r,l,l,b"(i32 0, i32 0, i32 0, i32 0, ptr addrspace(1) %14, i64 %15, i1 %8) #5, !dbg !20
  %17 = extractvalue { i32, i32, i32, i32 } %16, 0, !dbg !20
  %18 = extractvalue { i32, i32, i32, i32 } %16, 1, !dbg !20
  %19 = extractvalue { i32, i32, i32, i32 } %16, 2, !dbg !20
  %20 = extractvalue { i32, i32, i32, i32 } %16, 3, !dbg !20
  %21 = bitcast i32 %17 to float, !dbg !20
  %22 = bitcast i32 %18 to float, !dbg !20
  %23 = bitcast i32 %19 to float, !dbg !20
  %24 = bitcast i32 %20 to float, !dbg !20
  %25 = zext nneg i32 %10 to i64, !dbg !21
  %26 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %25, !dbg !21
  %27 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #5, !dbg !22
  %28 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l"(ptr addrspace(1) %26, i64 %27) #5, !dbg !22
  %29 = fmul float %21, %21, !dbg !23
  %30 = fmul float %22, %22, !dbg !23
  %31 = fmul float %23, %23, !dbg !23
  %32 = fmul float %24, %24, !dbg !23
  %33 = fadd float %29, %30, !dbg !24
  %34 = fadd float %31, %32, !dbg !24
  %35 = fadd float %33, %34, !dbg !24
  %36 = select i1 %8, float %35, float 0.000000e+00, !dbg !24
  %37 = bitcast float %36 to i32, !dbg !27
  %38 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %37, i32 16, i32 31), !dbg !27
  %39 = bitcast i32 %38 to float, !dbg !27
  %40 = fadd float %36, %39, !dbg !24
  %41 = bitcast float %40 to i32, !dbg !27
  %42 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %41, i32 8, i32 31), !dbg !27
  %43 = bitcast i32 %42 to float, !dbg !27
  %44 = fadd float %40, %43, !dbg !24
  %45 = bitcast float %44 to i32, !dbg !27
  %46 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %45, i32 4, i32 31), !dbg !27
  %47 = bitcast i32 %46 to float, !dbg !27
  %48 = fadd float %44, %47, !dbg !24
  %49 = bitcast float %48 to i32, !dbg !27
  %50 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %49, i32 2, i32 31), !dbg !27
  %51 = bitcast i32 %50 to float, !dbg !27
  %52 = fadd float %48, %51, !dbg !24
  %53 = bitcast float %52 to i32, !dbg !27
  %54 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %53, i32 1, i32 31), !dbg !27
  %55 = bitcast i32 %54 to float, !dbg !27
  %56 = fadd float %52, %55, !dbg !24
  %57 = lshr i32 %9, 3, !dbg !27
  %58 = and i32 %57, 28, !dbg !27
  %59 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %58, !dbg !27
  store float %56, ptr addrspace(3) %59, align 4, !dbg !27
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %60 = and i32 %10, 28, !dbg !27
  %61 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %60, !dbg !27
  %62 = load i32, ptr addrspace(3) %61, align 4, !dbg !27
  %63 = bitcast i32 %62 to float, !dbg !27
  %64 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %62, i32 4, i32 31), !dbg !27
  %65 = bitcast i32 %64 to float, !dbg !27
  %66 = fadd float %63, %65, !dbg !24
  %67 = bitcast float %66 to i32, !dbg !27
  %68 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %67, i32 2, i32 31), !dbg !27
  %69 = bitcast i32 %68 to float, !dbg !27
  %70 = fadd float %66, %69, !dbg !24
  %71 = bitcast float %70 to i32, !dbg !27
  %72 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %71, i32 1, i32 31), !dbg !27
  %73 = bitcast i32 %72 to float, !dbg !27
  %74 = fadd float %70, %73, !dbg !24
  %75 = tail call float @llvm.nvvm.div.approx.f(float 1.000000e+00, float 1.024000e+03), !dbg !30
  %76 = fmul float %75, %74, !dbg !30
  %77 = fadd float %76, 0x3EB0C6F7A0000000, !dbg !31
  %78 = tail call float @llvm.nvvm.rsqrt.approx.ftz.f(float %77), !dbg !32
  %79 = extractvalue { i32, i32, i32, i32 } %28, 3, !dbg !22
  %80 = bitcast i32 %79 to float, !dbg !22
  %81 = extractvalue { i32, i32, i32, i32 } %28, 2, !dbg !22
  %82 = bitcast i32 %81 to float, !dbg !22
  %83 = extractvalue { i32, i32, i32, i32 } %28, 1, !dbg !22
  %84 = bitcast i32 %83 to float, !dbg !22
  %85 = extractvalue { i32, i32, i32, i32 } %28, 0, !dbg !22
  %86 = bitcast i32 %85 to float, !dbg !22
  %87 = fmul float %78, %21, !dbg !33
  %88 = fmul float %78, %22, !dbg !33
  %89 = fmul float %78, %23, !dbg !33
  %90 = fmul float %78, %24, !dbg !33
  %91 = fmul float %87, %86, !dbg !34
  %92 = fmul float %88, %84, !dbg !34
  %93 = fmul float %89, %82, !dbg !34
  %94 = fmul float %90, %80, !dbg !34
  %95 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %13, !dbg !35
  %96 = bitcast float %91 to i32, !dbg !36
  %97 = bitcast float %92 to i32, !dbg !36
  %98 = bitcast float %93 to i32, !dbg !36
  %99 = bitcast float %94 to i32, !dbg !36
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %96, i32 %97, i32 %98, i32 %99, ptr addrspace(1) %95, i1 %8) #5, !dbg !36
  ret void, !dbg !37
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
declare float @llvm.nvvm.div.approx.f(float, float) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.rsqrt.approx.ftz.f(float) #4

attributes #0 = { nounwind "nvvm.reqntid"="256" }
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
!1 = !DIFile(filename: "coaxms3ok2ync7cw42l3ven66sqadu3ni6fgh5qqk3gdepw6oxyj.py", directory: "/tmp/torchinductor_root/oa")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_per_fused_add_mean_mul_pow_rsqrt_0", linkageName: "triton_per_fused_add_mean_mul_pow_rsqrt_0", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{null, !9, !9, !9, !11, !11, !12, !12}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 24, column: 15, scope: !6)
!15 = !DILocation(line: 26, column: 13, scope: !6)
!16 = !DILocation(line: 27, column: 16, scope: !6)
!17 = !DILocation(line: 34, column: 38, scope: !6)
!18 = !DILocation(line: 34, column: 31, scope: !6)
!19 = !DILocation(line: 34, column: 20, scope: !6)
!20 = !DILocation(line: 34, column: 12, scope: !6)
!21 = !DILocation(line: 35, column: 21, scope: !6)
!22 = !DILocation(line: 35, column: 13, scope: !6)
!23 = !DILocation(line: 36, column: 12, scope: !6)
!24 = !DILocation(line: 287, column: 12, scope: !25, inlinedAt: !27)
!25 = distinct !DILexicalBlockFile(scope: !6, file: !26, discriminator: 0)
!26 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!27 = !DILocation(line: 314, column: 12, scope: !25, inlinedAt: !28)
!28 = !DILocation(line: 39, column: 12, scope: !29)
!29 = distinct !DILexicalBlockFile(scope: !6, file: !1, discriminator: 0)
!30 = !DILocation(line: 41, column: 13, scope: !6)
!31 = !DILocation(line: 43, column: 12, scope: !6)
!32 = !DILocation(line: 44, column: 13, scope: !6)
!33 = !DILocation(line: 45, column: 13, scope: !6)
!34 = !DILocation(line: 46, column: 13, scope: !6)
!35 = !DILocation(line: 47, column: 14, scope: !6)
!36 = !DILocation(line: 47, column: 5, scope: !6)
!37 = !DILocation(line: 18, column: 1, scope: !6)
