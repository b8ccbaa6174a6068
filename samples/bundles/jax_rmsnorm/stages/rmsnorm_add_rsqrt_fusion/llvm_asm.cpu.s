	.file	"__compute_module_add_rsqrt_fusion_kernel_module"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x3a800000
.LCPI0_1:
	.long	0x358637bd
.LCPI0_2:
	.long	0x3f000000
.LCPI0_3:
	.long	0xbf800000
	.section	.ltext,"axl",@progbits
	.globl	add_rsqrt_fusion
	.p2align	4
	.type	add_rsqrt_fusion,@function
add_rsqrt_fusion:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	24(%rdi), %rax
	movabsq	$.LCPI0_0, %rdx
	movabsq	$.LCPI0_2, %rsi
	vmovss	(%rdx), %xmm0
	movabsq	$.LCPI0_1, %rdx
	vmovss	(%rdx), %xmm1
	movq	(%rax), %rcx
	movq	16(%rax), %rax
	vmulss	(%rcx), %xmm0, %xmm2
	vaddss	%xmm1, %xmm2, %xmm2
	vrsqrtss	%xmm2, %xmm2, %xmm4
	vmovd	%xmm2, %edx
	vmulss	%xmm4, %xmm2, %xmm3
	vmovss	(%rsi), %xmm2
	movabsq	$.LCPI0_3, %rsi
	vmovss	(%rsi), %xmm7
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	vmulss	%xmm3, %xmm4, %xmm6
	cmpl	$8388607, %edi
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	setb	%sil
	testl	%edx, %edx
	vmulss	%xmm2, %xmm4, %xmm5
	sets	%r9b
	sete	%dl
	vaddss	%xmm7, %xmm6, %xmm6
	kmovd	%r9d, %k1
	vmulss	%xmm6, %xmm5, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, (%rax)
	vmulss	4(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 4(%rax)
	vmulss	8(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 8(%rax)
	vmulss	12(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 12(%rax)
	vmulss	16(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 16(%rax)
	vmulss	20(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 20(%rax)
	vmulss	24(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 24(%rax)
	vmulss	28(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 28(%rax)
	vmulss	32(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 32(%rax)
	vmulss	36(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 36(%rax)
	vmulss	40(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 40(%rax)
	vmulss	44(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 44(%rax)
	vmulss	48(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 48(%rax)
	vmulss	52(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 52(%rax)
	vmulss	56(%rcx), %xmm0, %xmm4
	vaddss	%xmm1, %xmm4, %xmm5
	vrsqrtss	%xmm5, %xmm5, %xmm4
	vmovd	%xmm5, %edx
	movl	%edx, %esi
	andl	$2147483647, %esi
	leal	-1(%rsi), %edi
	cmpl	$8388607, %edi
	vmulss	%xmm4, %xmm5, %xmm5
	vmulss	%xmm2, %xmm4, %xmm6
	setb	%dil
	cmpl	$2139095040, %esi
	sete	%r8b
	addl	$-8388608, %esi
	cmpl	$2130706432, %esi
	vmulss	%xmm5, %xmm4, %xmm5
	setb	%sil
	testl	%edx, %edx
	sets	%r9b
	sete	%dl
	kmovd	%r9d, %k1
	vaddss	%xmm7, %xmm5, %xmm5
	vmulss	%xmm5, %xmm6, %xmm5
	vsubss	%xmm5, %xmm4, %xmm5
	vmovaps	%xmm5, %xmm6
	vmovss	%xmm4, %xmm6, %xmm6 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm6, %xmm5, %xmm5 {%k1}
	kmovd	%r8d, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm4, %xmm5, %xmm5 {%k1}
	vmovss	%xmm5, 56(%rax)
	vmulss	60(%rcx), %xmm0, %xmm0
	vaddss	%xmm1, %xmm0, %xmm1
	vrsqrtss	%xmm1, %xmm1, %xmm0
	vmovd	%xmm1, %ecx
	movl	%ecx, %edx
	andl	$2147483647, %edx
	leal	-1(%rdx), %esi
	cmpl	$8388607, %esi
	vmulss	%xmm0, %xmm1, %xmm1
	vmulss	%xmm2, %xmm0, %xmm2
	setb	%sil
	cmpl	$2139095040, %edx
	sete	%dil
	addl	$-8388608, %edx
	cmpl	$2130706432, %edx
	vmulss	%xmm1, %xmm0, %xmm1
	setb	%dl
	testl	%ecx, %ecx
	sets	%r8b
	sete	%cl
	kmovd	%r8d, %k1
	vaddss	%xmm7, %xmm1, %xmm1
	vmulss	%xmm1, %xmm2, %xmm1
	vsubss	%xmm1, %xmm0, %xmm1
	vmovaps	%xmm1, %xmm2
	vmovss	%xmm0, %xmm2, %xmm2 {%k1}
	kmovd	%edx, %k1
	vmovss	%xmm2, %xmm1, %xmm1 {%k1}
	kmovd	%edi, %k1
	vmovss	%xmm0, %xmm1, %xmm1 {%k1}
	kmovd	%esi, %k1
	vmovss	%xmm0, %xmm1, %xmm1 {%k1}
	kmovd	%ecx, %k1
	vmovss	%xmm0, %xmm1, %xmm1 {%k1}
	vmovss	%xmm1, 60(%rax)
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	add_rsqrt_fusion, .Lfunc_end0-add_rsqrt_fusion
	.cfi_endproc

	.ident	"clang version 18.1.8"
	.section	".note.GNU-stack","",@progbits
