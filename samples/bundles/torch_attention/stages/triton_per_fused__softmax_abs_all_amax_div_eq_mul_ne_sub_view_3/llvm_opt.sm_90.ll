; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@global_smem = external local_unnamed_addr addrspace(3) global [0 x i8], align 16

; Function Attrs: nounwind
define ptx_kernel void @triton_per_fused__softmax_abs_all_amax_div_eq_mul_ne_sub_view_3(ptr addrspace(1) %0, i32 %1, i32 %2, ptr addrspace(1) nofree readnone captures(none) %3, ptr addrspace(1) nofree readnone captures(none) %4) local_unnamed_addr #0 !dbg !6 {
  %6 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !14
  %7 = icmp samesign ult i32 %6, 512, !dbg !15
  %8 = tail call range(i32 0, 64) i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !16
  %9 = shl i32 %6, 6, !dbg !17
  %10 = or disjoint i32 %9, %8, !dbg !18
  %11 = sext i32 %10 to i64, !dbg !19
  %12 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %11, !dbg !19
  %13 = tail call i64 asm "mov.u64 $0, 0x0;\0A\09createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"() #6, !dbg !20
  %14 = tail call i32 asm sideeffect "mov.u32 $0, $1;\0A\09@$4 ld.global.L1::evict_first.L2::cache_hint.b32 { $0 }, [ $2 + 0 ], $3;", "=r,r,l,l,b"(i32 0, ptr addrspace(1) %12, i64 %13, i1 %7) #6, !dbg !20
  %15 = bitcast i32 %14 to float, !dbg !20
  %16 = fmul float %15, 2.500000e-01, !dbg !21
  %17 = tail call float @llvm.fabs.f32(float %16), !dbg !22
  %18 = fcmp ueq float %17, 0x7FF0000000000000, !dbg !23
  %19 = select i1 %7, i1 %18, i1 false, !dbg !24
  %20 = zext i1 %19 to i32, !dbg !25
  %21 = tail call i32 @llvm.nvvm.redux.sync.or(i32 %20, i32 -1), !dbg !25
  %22 = trunc i32 %21 to i8, !dbg !25
  %23 = and i8 %22, 1, !dbg !25
  %24 = lshr i32 %8, 5, !dbg !25
  %25 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %24, !dbg !25
  %26 = insertelement <1 x i8> poison, i8 %23, i64 0, !dbg !25
  store <1 x i8> %26, ptr addrspace(3) %25, align 1, !dbg !25
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !25
  %27 = and i32 %8, 1, !dbg !25
  %28 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %27, !dbg !25
  %29 = load i8, ptr addrspace(3) %28, align 1, !dbg !25
  %30 = zext nneg i8 %29 to i32, !dbg !25
  %.mask = and i8 %29, 1, !dbg !25
  %31 = zext nneg i8 %.mask to i32, !dbg !25
  %32 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %31, i32 1, i32 31), !dbg !25
  %33 = or i32 %32, %30, !dbg !30
  %34 = select i1 %7, float %15, float 0xFFF0000000000000, !dbg !31
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !32
  %35 = bitcast float %34 to i32, !dbg !32
  %36 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %35, i32 16, i32 31), !dbg !32
  %37 = bitcast i32 %36 to float, !dbg !32
  %38 = fcmp ogt float %34, %37, !dbg !34
  %39 = fcmp uno float %34, 0.000000e+00, !dbg !35
  %40 = or i1 %39, %38, !dbg !36
  %41 = select i1 %40, float %34, float %37, !dbg !37
  %42 = bitcast float %41 to i32, !dbg !32
  %43 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %42, i32 8, i32 31), !dbg !32
  %44 = bitcast i32 %43 to float, !dbg !32
  %45 = fcmp ogt float %41, %44, !dbg !34
  %46 = fcmp uno float %41, 0.000000e+00, !dbg !35
  %47 = or i1 %45, %46, !dbg !36
  %48 = select i1 %47, float %41, float %44, !dbg !37
  %49 = bitcast float %48 to i32, !dbg !32
  %50 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %49, i32 4, i32 31), !dbg !32
  %51 = bitcast i32 %50 to float, !dbg !32
  %52 = fcmp ogt float %48, %51, !dbg !34
  %53 = fcmp uno float %48, 0.000000e+00, !dbg !35
  %54 = or i1 %52, %53, !dbg !36
  %55 = select i1 %54, float %48, float %51, !dbg !37
  %56 = bitcast float %55 to i32, !dbg !32
  %57 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %56, i32 2, i32 31), !dbg !32
  %58 = bitcast i32 %57 to float, !dbg !32
  %59 = fcmp ogt float %55, %58, !dbg !34
  %60 = fcmp uno float %55, 0.000000e+00, !dbg !35
  %61 = or i1 %59, %60, !dbg !36
  %62 = select i1 %61, float %55, float %58, !dbg !37
  %63 = bitcast float %62 to i32, !dbg !32
  %64 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %63, i32 1, i32 31), !dbg !32
  %65 = bitcast i32 %64 to float, !dbg !32
  %66 = fcmp ogt float %62, %65, !dbg !34
  %67 = fcmp uno float %62, 0.000000e+00, !dbg !35
  %68 = or i1 %66, %67, !dbg !36
  %69 = lshr i32 %8, 3, !dbg !32
  %70 = and i32 %69, 4, !dbg !32
  %71 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %70, !dbg !32
  %72 = select i1 %68, i32 %63, i32 %64, !dbg !37
  %73 = insertelement <1 x i32> poison, i32 %72, i64 0, !dbg !32
  store <1 x i32> %73, ptr addrspace(3) %71, align 4, !dbg !32
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !32
  %74 = shl nuw nsw i32 %27, 2, !dbg !32
  %75 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %74, !dbg !32
  %76 = load i32, ptr addrspace(3) %75, align 4, !dbg !32
  %77 = bitcast i32 %76 to float, !dbg !32
  %78 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %76, i32 1, i32 31), !dbg !32
  %79 = bitcast i32 %78 to float, !dbg !32
  %80 = fcmp ogt float %77, %79, !dbg !34
  %81 = fcmp uno float %77, 0.000000e+00, !dbg !35
  %82 = or i1 %81, %80, !dbg !36
  %83 = select i1 %82, float %77, float %79, !dbg !37
  %84 = select i1 %7, float %16, float 0xFFF0000000000000, !dbg !38
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !39
  %85 = bitcast float %84 to i32, !dbg !39
  %86 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %85, i32 16, i32 31), !dbg !39
  %87 = bitcast i32 %86 to float, !dbg !39
  %88 = fcmp ogt float %84, %87, !dbg !41
  %89 = fcmp uno float %84, 0.000000e+00, !dbg !42
  %90 = or i1 %89, %88, !dbg !43
  %91 = select i1 %90, float %84, float %87, !dbg !44
  %92 = bitcast float %91 to i32, !dbg !39
  %93 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %92, i32 8, i32 31), !dbg !39
  %94 = bitcast i32 %93 to float, !dbg !39
  %95 = fcmp ogt float %91, %94, !dbg !41
  %96 = fcmp uno float %91, 0.000000e+00, !dbg !42
  %97 = or i1 %95, %96, !dbg !43
  %98 = select i1 %97, float %91, float %94, !dbg !44
  %99 = bitcast float %98 to i32, !dbg !39
  %100 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %99, i32 4, i32 31), !dbg !39
  %101 = bitcast i32 %100 to float, !dbg !39
  %102 = fcmp ogt float %98, %101, !dbg !41
  %103 = fcmp uno float %98, 0.000000e+00, !dbg !42
  %104 = or i1 %102, %103, !dbg !43
  %105 = select i1 %104, float %98, float %101, !dbg !44
  %106 = bitcast float %105 to i32, !dbg !39
  %107 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %106, i32 2, i32 31), !dbg !39
  %108 = bitcast i32 %107 to float, !dbg !39
  %109 = fcmp ogt float %105, %108, !dbg !41
  %110 = fcmp uno float %105, 0.000000e+00, !dbg !42
  %111 = or i1 %109, %110, !dbg !43
  %112 = select i1 %111, float %105, float %108, !dbg !44
  %113 = bitcast float %112 to i32, !dbg !39
  %114 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %113, i32 1, i32 31), !dbg !39
  %115 = bitcast i32 %114 to float, !dbg !39
  %116 = fcmp ogt float %112, %115, !dbg !41
  %117 = fcmp uno float %112, 0.000000e+00, !dbg !42
  %118 = or i1 %116, %117, !dbg !43
  %119 = select i1 %118, i32 %113, i32 %114, !dbg !44
  %120 = insertelement <1 x i32> poison, i32 %119, i64 0, !dbg !39
  store <1 x i32> %120, ptr addrspace(3) %71, align 4, !dbg !39
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !39
  %121 = load i32, ptr addrspace(3) %75, align 4, !dbg !39
  %122 = bitcast i32 %121 to float, !dbg !39
  %123 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %121, i32 1, i32 31), !dbg !39
  %124 = bitcast i32 %123 to float, !dbg !39
  %125 = fcmp ogt float %122, %124, !dbg !41
  %126 = fcmp uno float %122, 0.000000e+00, !dbg !42
  %127 = or i1 %126, %125, !dbg !43
  %128 = select i1 %127, float %122, float %124, !dbg !44
  %129 = and i32 %33, 1, !dbg !45
  %130 = icmp eq i32 %129, 0, !dbg !45
  %131 = fsub float %15, %83, !dbg !46
  %132 = fmul float %131, 2.500000e-01, !dbg !47
  %133 = fsub float %16, %128, !dbg !48
  %134 = select i1 %130, float %132, float %133, !dbg !49
  %135 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %134, float 0x3F777313A0000000, float 5.000000e-01) #6, !dbg !50
  %136 = tail call float @llvm.nvvm.saturate.ftz.f(float %135) #6, !dbg !50
  %137 = tail call float @llvm.nvvm.fma.rm.ftz.f(float %136, float 2.520000e+02, float 0x4168000020000000) #6, !dbg !50
  %138 = fadd float %137, 0xC168000FE0000000, !dbg !50
  %139 = fneg float %138, !dbg !50
  %140 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %134, float 0x3FF7154760000000, float %139) #6, !dbg !50
  %141 = tail call float @llvm.nvvm.fma.rn.ftz.f(float %134, float 0x3E54AE0C00000000, float %140) #6, !dbg !50
  %142 = bitcast float %137 to i32, !dbg !50
  %143 = shl i32 %142, 23, !dbg !50
  %144 = bitcast i32 %143 to float, !dbg !50
  %145 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %141), !dbg !50
  %146 = fmul float %145, %144, !dbg !50
  %147 = select i1 %7, float %146, float 0.000000e+00, !dbg !51
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !52
  %148 = bitcast float %147 to i32, !dbg !52
  %149 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %148, i32 16, i32 31), !dbg !52
  %150 = bitcast i32 %149 to float, !dbg !52
  %151 = fadd float %147, %150, !dbg !56
  %152 = bitcast float %151 to i32, !dbg !52
  %153 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %152, i32 8, i32 31), !dbg !52
  %154 = bitcast i32 %153 to float, !dbg !52
  %155 = fadd float %151, %154, !dbg !56
  %156 = bitcast float %155 to i32, !dbg !52
  %157 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %156, i32 4, i32 31), !dbg !52
  %158 = bitcast i32 %157 to float, !dbg !52
  %159 = fadd float %155, %158, !dbg !56
  %160 = bitcast float %159 to i32, !dbg !52
  %161 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %160, i32 2, i32 31), !dbg !52
  %162 = bitcast i32 %161 to float, !dbg !52
  %163 = fadd float %159, %162, !dbg !56
  %164 = bitcast float %163 to i32, !dbg !52
  %165 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %164, i32 1, i32 31), !dbg !52
  %166 = bitcast i32 %165 to float, !dbg !52
  %167 = fadd float %163, %166, !dbg !56
  store float %167, ptr addrspace(3) %71, align 4, !dbg !52
  tail call void @llvm.nvvm.barrier.cta.sync.aligned.all(i32 0), !dbg !52
  %168 = load i32, ptr addrspace(3) %75, align 4, !dbg !52
  %169 = bitcast i32 %168 to float, !dbg !52
  %170 = tail call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %168, i32 1, i32 31), !dbg !52
  %171 = bitcast i32 %170 to float, !dbg !52
  %172 = fadd float %169, %171, !dbg !56
  %173 = tail call float @llvm.nvvm.div.full(float %146, float %172), !dbg !57
  %174 = bitcast float %173 to i32, !dbg !58
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %174, ptr addrspace(1) %12, i1 %7) #6, !dbg !58
  ret void, !dbg !59
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.redux.sync.or(i32, i32) #3

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier.cta.sync.aligned.all(i32) #4

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32, i32, i32, i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.div.full(float, float) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rn.ftz.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.ftz.f(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.ftz.f(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #5

attributes #0 = { nounwind "nvvm.reqntid"="64" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }
attributes #4 = { convergent nocallback nounwind }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cvjisnbdft65agzbypllfd2oais36tnh5ya5rflptexds5cgr5yx.py", directory: "/tmp/torchinductor_root/vj")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!6 = distinct !DISubprogram(name: "triton_per_fused__softmax_abs_all_amax_div_eq_mul_ne_sub_view_3", linkageName: "triton_per_fused__softmax_abs_all_amax_div_eq_mul_ne_sub_view_3", scope: !1, file: !1, line: 18, type: !7, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{null, !9, !11, !11, !12, !12}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !10, size: 64, dwarfAddressSpace: 1)
!10 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !13, size: 64, dwarfAddressSpace: 1)
!13 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!14 = !DILocation(line: 24, column: 15, scope: !6)
!15 = !DILocation(line: 26, column: 13, scope: !6)
!16 = !DILocation(line: 27, column: 16, scope: !6)
!17 = !DILocation(line: 34, column: 42, scope: !6)
!18 = !DILocation(line: 34, column: 35, scope: !6)
!19 = !DILocation(line: 34, column: 20, scope: !6)
!20 = !DILocation(line: 34, column: 12, scope: !6)
!21 = !DILocation(line: 36, column: 12, scope: !6)
!22 = !DILocation(line: 38, column: 12, scope: !6)
!23 = !DILocation(line: 41, column: 12, scope: !6)
!24 = !DILocation(line: 44, column: 13, scope: !6)
!25 = !DILocation(line: 402, column: 12, scope: !26, inlinedAt: !28)
!26 = distinct !DILexicalBlockFile(scope: !6, file: !27, discriminator: 0)
!27 = !DIFile(filename: "triton_helpers.py", directory: "/work/main/.venv/lib/python3.11/site-packages/torch/_inductor/runtime")
!28 = !DILocation(line: 45, column: 13, scope: !29)
!29 = distinct !DILexicalBlockFile(scope: !6, file: !1, discriminator: 0)
!30 = !DILocation(line: 397, column: 12, scope: !26, inlinedAt: !25)
!31 = !DILocation(line: 49, column: 13, scope: !6)
!32 = !DILocation(line: 182, column: 12, scope: !26, inlinedAt: !33)
!33 = !DILocation(line: 50, column: 13, scope: !29)
!34 = !DILocation(line: 169, column: 12, scope: !26, inlinedAt: !32)
!35 = !DILocation(line: 171, column: 17, scope: !26, inlinedAt: !32)
!36 = !DILocation(line: 171, column: 9, scope: !26, inlinedAt: !32)
!37 = !DILocation(line: 172, column: 12, scope: !26, inlinedAt: !32)
!38 = !DILocation(line: 52, column: 13, scope: !6)
!39 = !DILocation(line: 182, column: 12, scope: !26, inlinedAt: !40)
!40 = !DILocation(line: 53, column: 13, scope: !29)
!41 = !DILocation(line: 169, column: 12, scope: !26, inlinedAt: !39)
!42 = !DILocation(line: 171, column: 17, scope: !26, inlinedAt: !39)
!43 = !DILocation(line: 171, column: 9, scope: !26, inlinedAt: !39)
!44 = !DILocation(line: 172, column: 12, scope: !26, inlinedAt: !39)
!45 = !DILocation(line: 54, column: 13, scope: !6)
!46 = !DILocation(line: 55, column: 13, scope: !6)
!47 = !DILocation(line: 56, column: 13, scope: !6)
!48 = !DILocation(line: 57, column: 13, scope: !6)
!49 = !DILocation(line: 58, column: 13, scope: !6)
!50 = !DILocation(line: 59, column: 13, scope: !6)
!51 = !DILocation(line: 61, column: 13, scope: !6)
!52 = !DILocation(line: 314, column: 12, scope: !53, inlinedAt: !55)
!53 = distinct !DILexicalBlockFile(scope: !6, file: !54, discriminator: 0)
!54 = !DIFile(filename: "standard.py", directory: "/work/main/.venv/lib/python3.11/site-packages/triton/language")
!55 = !DILocation(line: 62, column: 13, scope: !29)
!56 = !DILocation(line: 287, column: 12, scope: !53, inlinedAt: !52)
!57 = !DILocation(line: 63, column: 14, scope: !6)
!58 = !DILocation(line: 64, column: 5, scope: !6)
!59 = !DILocation(line: 18, column: 1, scope: !6)
