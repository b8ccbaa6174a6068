; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p3:32:32-p4:32:32-p5:32:32-p6:32:32-p7:32:32-p101:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"

; Function Attrs: nounwind
define ptx_kernel void @triton_poi_fused_convolution_1(ptr addrspace(1) %0, ptr addrspace(1) %1, i32 %2, i32 %3, ptr addrspace(1) nofree readnone captures(none) %4, ptr addrspace(1) nofree readnone captures(none) %5) local_unnamed_addr #0 !dbg !4 {
  %7 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y(), !dbg !12
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !dbg !13
  %9 = lshr i32 %8, 4, !dbg !13
  %10 = icmp eq i32 %7, 0, !dbg !14
  %11 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !dbg !15
  %12 = shl i32 %11, 4, !dbg !15
  %13 = and i32 %8, 15, !dbg !16
  %14 = or disjoint i32 %12, %13, !dbg !17
  %15 = icmp slt i32 %14, 9, !dbg !18
  %16 = insertelement <2 x i32> poison, i32 %9, i64 0, !dbg !13
  %17 = insertelement <2 x i32> %16, i32 %7, i64 1, !dbg !13
  %18 = and <2 x i32> %17, <i32 7, i32 poison>, !dbg !13
  %19 = shl nuw nsw <2 x i32> %17, <i32 7, i32 6>, !dbg !13
  %20 = shufflevector <2 x i32> %18, <2 x i32> %19, <2 x i32> <i32 0, i32 3>, !dbg !13
  %21 = shufflevector <2 x i32> %19, <2 x i32> poison, <2 x i32> <i32 1, i32 poison>, !dbg !19
  %22 = insertelement <2 x i32> %21, i32 %9, i64 1, !dbg !19
  %23 = or disjoint <2 x i32> %20, %22, !dbg !19
  %24 = shufflevector <2 x i32> %23, <2 x i32> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 1>, !dbg !19
  %25 = or <4 x i32> %24, <i32 32, i32 40, i32 48, i32 56>, !dbg !19
  %26 = extractelement <4 x i32> %25, i64 0, !dbg !20
  %27 = icmp samesign ult i32 %26, 48, !dbg !14
  %28 = extractelement <2 x i32> %23, i64 0, !dbg !19
  %29 = shufflevector <2 x i32> %23, <2 x i32> poison, <4 x i32> zeroinitializer, !dbg !19
  %30 = or disjoint <4 x i32> %29, <i32 0, i32 8, i32 16, i32 24>, !dbg !19
  %31 = extractelement <4 x i32> %30, i64 2, !dbg !14
  %32 = icmp samesign ult i32 %31, 48, !dbg !14
  %33 = urem <4 x i32> %30, splat (i32 3), !dbg !21
  %.frozen = freeze <4 x i32> %25, !dbg !22
  %34 = udiv <4 x i32> %.frozen, splat (i32 3), !dbg !22
  %35 = mul <4 x i32> %34, splat (i32 3), !dbg !21
  %.decomposed = sub <4 x i32> %.frozen, %35, !dbg !21
  %36 = shufflevector <4 x i32> %24, <4 x i32> %30, <4 x i32> <i32 0, i32 5, i32 6, i32 7>, !dbg !22
  %37 = udiv <4 x i32> %36, splat (i32 3), !dbg !22
  %38 = mul nuw nsw i32 %28, 9, !dbg !20
  %39 = mul nuw i32 %28, 9, !dbg !20
  %40 = add nuw i32 %39, 72, !dbg !20
  %41 = mul nuw nsw i32 %31, 9, !dbg !20
  %42 = extractelement <4 x i32> %30, i64 3, !dbg !20
  %43 = mul nuw nsw i32 %42, 9, !dbg !20
  %44 = mul nuw nsw i32 %26, 9, !dbg !20
  %45 = extractelement <4 x i32> %25, i64 1, !dbg !20
  %46 = mul nuw nsw i32 %45, 9, !dbg !20
  %47 = extractelement <4 x i32> %25, i64 2, !dbg !20
  %48 = mul nuw nsw i32 %47, 9, !dbg !20
  %49 = extractelement <4 x i32> %25, i64 3, !dbg !20
  %50 = mul nuw nsw i32 %49, 9, !dbg !20
  %51 = add i32 %38, %14, !dbg !23
  %52 = add i32 %40, %14, !dbg !23
  %53 = add i32 %41, %14, !dbg !23
  %54 = add i32 %43, %14, !dbg !23
  %55 = add i32 %44, %14, !dbg !23
  %56 = add i32 %46, %14, !dbg !23
  %57 = add i32 %48, %14, !dbg !23
  %58 = add i32 %50, %14, !dbg !23
  %59 = sext i32 %51 to i64, !dbg !24
  %60 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %59, !dbg !24
  %61 = sext i32 %52 to i64, !dbg !24
  %62 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %61, !dbg !24
  %63 = sext i32 %53 to i64, !dbg !24
  %64 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %63, !dbg !24
  %65 = sext i32 %54 to i64, !dbg !24
  %66 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %65, !dbg !24
  %67 = sext i32 %55 to i64, !dbg !24
  %68 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %67, !dbg !24
  %69 = sext i32 %56 to i64, !dbg !24
  %70 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %69, !dbg !24
  %71 = sext i32 %57 to i64, !dbg !24
  %72 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %71, !dbg !24
  %73 = sext i32 %58 to i64, !dbg !24
  %74 = getelementptr [4 x i8], ptr addrspace(1) %0, i64 %73, !dbg !24
  %75 = and i1 %10, %15, !dbg !25
  %76 = and i1 %15, %32, !dbg !25
  %77 = and i1 %15, %27, !dbg !25
  %78 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %60, i1 %75) #2, !dbg !26
  %79 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %62, i1 %75) #2, !dbg !26
  %80 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %64, i1 %76) #2, !dbg !26
  %81 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %66, i1 %76) #2, !dbg !26
  %82 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %68, i1 %77) #2, !dbg !26
  %83 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %70, i1 %77) #2, !dbg !26
  %84 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %72, i1 false) #2, !dbg !26
  %85 = tail call i32 asm sideeffect "mov.u32 $0, 0x0;\0A\09@$2 ld.global.b32 { $0 }, [ $1 + 0 ];", "=r,l,b"(ptr addrspace(1) %74, i1 false) #2, !dbg !26
  %86 = mul i32 %14, 3, !dbg !27
  %87 = extractelement <4 x i32> %33, i64 0, !dbg !28
  %88 = add i32 %87, %86, !dbg !28
  %89 = extractelement <4 x i32> %33, i64 1, !dbg !28
  %90 = add i32 %89, %86, !dbg !28
  %91 = extractelement <4 x i32> %33, i64 2, !dbg !28
  %92 = add i32 %91, %86, !dbg !28
  %93 = extractelement <4 x i32> %33, i64 3, !dbg !28
  %94 = add i32 %93, %86, !dbg !28
  %95 = extractelement <4 x i32> %.decomposed, i64 0, !dbg !28
  %96 = add i32 %95, %86, !dbg !28
  %97 = extractelement <4 x i32> %.decomposed, i64 1, !dbg !28
  %98 = add i32 %97, %86, !dbg !28
  %99 = extractelement <4 x i32> %.decomposed, i64 2, !dbg !28
  %100 = add i32 %99, %86, !dbg !28
  %101 = extractelement <4 x i32> %.decomposed, i64 3, !dbg !28
  %102 = add i32 %101, %86, !dbg !28
  %103 = extractelement <4 x i32> %37, i64 0, !dbg !29
  %104 = mul nuw nsw i32 %103, 27, !dbg !29
  %105 = extractelement <4 x i32> %37, i64 1, !dbg !29
  %106 = mul nuw nsw i32 %105, 27, !dbg !29
  %107 = extractelement <4 x i32> %37, i64 2, !dbg !29
  %108 = mul nuw nsw i32 %107, 27, !dbg !29
  %109 = extractelement <4 x i32> %37, i64 3, !dbg !29
  %110 = mul nuw nsw i32 %109, 27, !dbg !29
  %111 = extractelement <4 x i32> %34, i64 0, !dbg !29
  %112 = mul nuw nsw i32 %111, 27, !dbg !29
  %113 = extractelement <4 x i32> %34, i64 1, !dbg !29
  %114 = mul nuw nsw i32 %113, 27, !dbg !29
  %115 = extractelement <4 x i32> %34, i64 2, !dbg !29
  %116 = mul nuw nsw i32 %115, 27, !dbg !29
  %117 = extractelement <4 x i32> %34, i64 3, !dbg !29
  %118 = mul nuw nsw i32 %117, 27, !dbg !29
  %119 = add i32 %88, %104, !dbg !28
  %120 = add i32 %90, %106, !dbg !28
  %121 = add i32 %92, %108, !dbg !28
  %122 = add i32 %94, %110, !dbg !28
  %123 = add i32 %96, %112, !dbg !28
  %124 = add i32 %98, %114, !dbg !28
  %125 = add i32 %100, %116, !dbg !28
  %126 = add i32 %102, %118, !dbg !28
  %127 = sext i32 %119 to i64, !dbg !30
  %128 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %127, !dbg !30
  %129 = sext i32 %120 to i64, !dbg !30
  %130 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %129, !dbg !30
  %131 = sext i32 %121 to i64, !dbg !30
  %132 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %131, !dbg !30
  %133 = sext i32 %122 to i64, !dbg !30
  %134 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %133, !dbg !30
  %135 = sext i32 %123 to i64, !dbg !30
  %136 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %135, !dbg !30
  %137 = sext i32 %124 to i64, !dbg !30
  %138 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %137, !dbg !30
  %139 = sext i32 %125 to i64, !dbg !30
  %140 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %139, !dbg !30
  %141 = sext i32 %126 to i64, !dbg !30
  %142 = getelementptr [4 x i8], ptr addrspace(1) %1, i64 %141, !dbg !30
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %78, ptr addrspace(1) %128, i1 %75) #2, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %79, ptr addrspace(1) %130, i1 %75) #2, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %80, ptr addrspace(1) %132, i1 %76) #2, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %81, ptr addrspace(1) %134, i1 %76) #2, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %82, ptr addrspace(1) %136, i1 %77) #2, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %83, ptr addrspace(1) %138, i1 %77) #2, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %84, ptr addrspace(1) %140, i1 false) #2, !dbg !31
  tail call void asm sideeffect "@$2 st.global.b32 [ $1 + 0 ], { $0 };", "r,l,b"(i32 %85, ptr addrspace(1) %142, i1 false) #2, !dbg !31
  ret void, !dbg !32
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 65535) i32 @llvm.nvvm.read.ptx.sreg.ctaid.y() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

attributes #0 = { nounwind "nvvm.reqntid"="128" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "cdmxomr5jhl4tkmaxslo7fcapd35gvqw4wqnd4ffjinobkmertek.py", directory: "/tmp/torchinductor_root/dm")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 4, !"nvvm-reflect-ftz", i32 1}
!4 = distinct !DISubprogram(name: "triton_poi_fused_convolution_1", linkageName: "triton_poi_fused_convolution_1", scope: !1, file: !1, line: 18, type: !5, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{null, !7, !7, !9, !9, !10, !10}
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !8, size: 64, dwarfAddressSpace: 1)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "pointer", baseType: !11, size: 64, dwarfAddressSpace: 1)
!11 = !DIBasicType(name: "unknown_type", encoding: DW_ATE_signed)
!12 = !DILocation(line: 21, column: 15, scope: !4)
!13 = !DILocation(line: 22, column: 24, scope: !4)
!14 = !DILocation(line: 23, column: 13, scope: !4)
!15 = !DILocation(line: 24, column: 15, scope: !4)
!16 = !DILocation(line: 25, column: 24, scope: !4)
!17 = !DILocation(line: 25, column: 14, scope: !4)
!18 = !DILocation(line: 26, column: 13, scope: !4)
!19 = !DILocation(line: 22, column: 14, scope: !4)
!20 = !DILocation(line: 31, column: 36, scope: !4)
!21 = !DILocation(line: 29, column: 11, scope: !4)
!22 = !DILocation(line: 30, column: 10, scope: !4)
!23 = !DILocation(line: 31, column: 31, scope: !4)
!24 = !DILocation(line: 31, column: 20, scope: !4)
!25 = !DILocation(line: 31, column: 43, scope: !4)
!26 = !DILocation(line: 31, column: 12, scope: !4)
!27 = !DILocation(line: 32, column: 31, scope: !4)
!28 = !DILocation(line: 32, column: 26, scope: !4)
!29 = !DILocation(line: 32, column: 38, scope: !4)
!30 = !DILocation(line: 32, column: 14, scope: !4)
!31 = !DILocation(line: 32, column: 5, scope: !4)
!32 = !DILocation(line: 18, column: 1, scope: !4)
