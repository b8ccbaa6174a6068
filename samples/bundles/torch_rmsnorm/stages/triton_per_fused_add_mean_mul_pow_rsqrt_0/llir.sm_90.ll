; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16
@.str = private unnamed_addr constant [11 x i8] c"__CUDA_FTZ\00", align 1

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused_add_mean_mul_pow_rsqrt_0(ptr addrspace(1) %0, ptr addrspace(1) %1, ptr addrspace(1) %2, i32 %3, i32 %4, ptr addrspace(1) nofree readnone captures(none) %5, ptr addrspace(1) nofree readnone captures(none) %6) local_unnamed_addr #0 !dbg !6 {
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %9 = icmp samesign ult i32 %8, 16, !dbg !15
  %10 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !16
  %11 = shl nuw nsw i32 %10, 2, !dbg !16
  %12 = and i32 %11, 1020, !dbg !16
  %13 = shl i32 %8, 10, !dbg !17
  %14 = or disjoint i32 %12, %13, !dbg !18
  %15 = sext i32 %14 to i64, !dbg !19
  %16 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %15, !dbg !19
  %17 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"() #6, !dbg !20
  %18 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, $4;\0A\09mov.u32 $1, $5;\0A\09mov.u32 $2, $6;\0A\09mov.u32 $3, $7;\0A\09@$10 ld.global.L1::evict_first.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $8 + 0 ], $9;", "=r,=r,=r,=r,r,r,r,r,l,l,b"(i32 0, i32 0, i32 0, i32 0, ptr addrspace(1) %16, i64 %17, i1 %9) #6, !dbg !20
  %19 = extractvalue { i32, i32, i32, i32 } %18, 0, !dbg !20
  %20 = extractvalue { i32, i32, i32, i32 } %18, 1, !dbg !20
  %21 = extractvalue { i32, i32, i32, i32 } %18, 2, !dbg !20
  %22 = extractvalue { i32, i32, i32, i32 } %18, 3, !dbg !20
  %23 = bitcast i32 %19 to float, !dbg !20
  %24 = bitcast i32 %20 to float, !dbg !20
  %25 = bitcast i32 %21 to float, !dbg !20
  %26 = bitcast i32 %22 to float, !dbg !20
  %27 = zext nneg i32 %12 to i64, !dbg !21
  %28 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %27, !dbg !21
  %29 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"() #6, !dbg !22
  %30 = tail call { i32, i32, i32, i32 } asm sideeffect "mov.u32 $0, 0x0;\0A\09mov.u32 $1, 0x0;\0A\09mov.u32 $2, 0x0;\0A\09mov.u32 $3, 0x0;\0A\09ld.global.L1::evict_last.L2::cache_hint.v4.b32 { $0, $1, $2, $3 }, [ $4 + 0 ], $5;", "=r,=r,=r,=r,l,l"(ptr addrspace(1) %28, i64 %29) #6, !dbg !22
  %31 = fmul float %23, %23, !dbg !23
  %32 = fmul float %24, %24, !dbg !23
  %33 = fmul float %25, %25, !dbg !23
  %34 = fmul float %26, %26, !dbg !23
  %35 = fadd float %31, %32, !dbg !24
  %36 = fadd float %33, %34, !dbg !24
  %37 = fadd float %35, %36, !dbg !24
  %38 = select i1 %9, float %37, float 0.000000e+00, !dbg !24
  %39 = bitcast float %38 to i32, !dbg !27
  %40 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %39, i32 16, i32 31), !dbg !27
  %41 = bitcast i32 %40 to float, !dbg !27
  %42 = fadd float %38, %41, !dbg !24
  %43 = bitcast float %42 to i32, !dbg !27
  %44 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %43, i32 8, i32 31), !dbg !27
  %45 = bitcast i32 %44 to float, !dbg !27
  %46 = fadd float %42, %45, !dbg !24
  %47 = bitcast float %46 to i32, !dbg !27
  %48 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %47, i32 4, i32 31), !dbg !27
  %49 = bitcast i32 %48 to float, !dbg !27
  %50 = fadd float %46, %49, !dbg !24
  %51 = bitcast float %50 to i32, !dbg !27
  %52 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %51, i32 2, i32 31), !dbg !27
  %53 = bitcast i32 %52 to float, !dbg !27
  %54 = fadd float %50, %53, !dbg !24
  %55 = bitcast float %54 to i32, !dbg !27
  %56 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %55, i32 1, i32 31), !dbg !27
  %57 = bitcast i32 %56 to float, !dbg !27
  %58 = fadd float %54, %57, !dbg !24
  %59 = lshr i32 %10, 3, !dbg !27
  %60 = and i32 %59, 28, !dbg !27
  %61 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %60, !dbg !27
  store float %58, ptr addrspace(3) %61, align 4, !dbg !27
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !27
  %62 = and i32 %11, 28, !dbg !27
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %62, !dbg !27
  %64 = load i32, ptr addrspace(3) %63, align 4, !dbg !27
  %65 = bitcast i32 %64 to float, !dbg !27
  %66 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %64, i32 4, i32 31), !dbg !27
  %67 = bitcast i32 %66 to float, !dbg !27
  %68 = fadd float %65, %67, !dbg !24
  %69 = bitcast float %68 to i32, !dbg !27
  %70 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %69, i32 2, i32 31), !dbg !27
  %71 = bitcast i32 %70 to float, !dbg !27
  %72 = fadd float %68, %71, !dbg !24
  %73 = bitcast float %72 to i32, !dbg !27
  %74 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %73, i32 1, i32 31), !dbg !27
  %75 = bitcast i32 %74 to float, !dbg !27
  %76 = fadd float %72, %75, !dbg !24
  %77 = tail call float @llvm.nvvm.div.approx.f(float 1.000000e+00, float 1.024000e+03), !dbg !30
  %78 = fmul float %77, %76, !dbg !30
  %79 = fadd float %78, f0x358637BD, !dbg !31
  %80 = tail call i32 @__nvvm_reflect(ptr nonnull @.str) #6, !dbg !32
  %.not.i = icmp eq i32 %80, 0, !dbg !32
  br i1 %.not.i, label %83, label %81, !dbg !32

81:                                               ; preds = %7
  %82 = tail call float @llvm.nvvm.rsqrt.approx.ftz.f(float %79), !dbg !32
  br label %__nv_rsqrtf.exit, !dbg !32

83:                                               ; preds = %7
  %84 = tail call float @llvm.nvvm.rsqrt.approx.f(float %79), !dbg !32
  br label %__nv_rsqrtf.exit, !dbg !32

__nv_rsqrtf.exit:                                 ; preds = %81, %83
  %.0.i = phi float [ %82, %81 ], [ %84, %83 ], !dbg !32
  %85 = extractvalue { i32, i32, i32, i32 } %30, 3, !dbg !22
  %86 = bitcast i32 %85 to float, !dbg !22
  %87 = extractvalue { i32, i32, i32, i32 } %30, 2, !dbg !22
  %88 = bitcast i32 %87 to float, !dbg !22
  %89 = extractvalue { i32, i32, i32, i32 } %30, 1, !dbg !22
  %90 = bitcast i32 %89 to float, !dbg !22
  %91 = extractvalue { i32, i32, i32, i32 } %30, 0, !dbg !22
  %92 = bitcast i32 %91 to float, !dbg !22
  %93 = fmul float %.0.i, %23, !dbg !33
  %94 = fmul float %.0.i, %24, !dbg !33
  %95 = fmul float %.0.i, %25, !dbg !33
  %96 = fmul float %.0.i, %26, !dbg !33
  %97 = fmul float %93, %92, !dbg !34
  %98 = fmul float %94, %90, !dbg !34
  %99 = fmul float %95, %88, !dbg !34
  %100 = fmul float %96, %86, !dbg !34
  %101 = getelementptr [4 x i8], ptr addrspace(1) %2, i64 %15, !dbg !35
  %102 = bitcast float %97 to i32, !dbg !36
  %103 = bitcast float %98 to i32, !dbg !36
  %104 = bitcast float %99 to i32, !dbg !36
  %105 = bitcast float %100 to i32, !dbg !36
  tail call void asm sideeffect "@$5 st.global.v4.b32 [ $4 + 0 ], { $0, $1, $2, $3 };", "r,r,r,r,l,b"(i32 %102, i32 %103, i32 %104, i32 %105, ptr addrspace(1) %101, i1 %9) #6, !dbg !36
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

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.approx.f(float, float) #4

declare i32 @__nvvm_reflect(ptr) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.rsqrt.approx.ftz.f(float) #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.rsqrt.approx.f(float) #4

attributes #0 = { nounwind "nvvm.reqntid"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #3 = { convergent nocallback nounwind }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none) }
attributes #5 = { "disable-tail-calls"="false" "frame-pointer"="all" "less-precise-fpmad"="false" "no-infs-fp-math"="false" "no-nans-fp-math"="false" "stack-protector-buffer-size"="8" "unsafe-fp-math"="false" "use-soft-float"="false" }
attributes #6 = { nounwind }

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
