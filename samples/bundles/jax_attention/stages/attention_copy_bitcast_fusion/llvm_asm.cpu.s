	.file	"__compute_module___compute_module_copy_bitcast_fusion"
	.section	.ltext,"axl",@progbits
	.globl	copy_bitcast_fusion
	.p2align	4
	.type	copy_bitcast_fusion,@function
copy_bitcast_fusion:
	pushq	%rbx
	movq	8(%rdi), %rax
	cmpq	$0, (%rax)
	jg	.LBB0_3
	movq	24(%rdi), %rcx
	xorl	%edx, %edx
	xorl	%esi, %esi
	movq	(%rcx), %rax
	movq	16(%rcx), %rcx
	.p2align	4
.LBB0_2:
	movl	%esi, %edi
	movl	%edx, %r8d
	andl	$56, %edi
	andl	$16384, %r8d
	addq	$8, %rsi
	addq	$2048, %rdx
	movl	%edi, %r10d
	leaq	(%rax,%r8), %r9
	shll	$6, %r10d
	movl	%edi, %r11d
	addq	%rcx, %r8
	shll	$8, %r11d
	vmovups	(%r10,%r9), %zmm0
	vmovups	%zmm0, (%r11,%r8)
	vmovups	4096(%r10,%r9), %zmm0
	vmovups	%zmm0, 64(%r11,%r8)
	vmovups	8192(%r10,%r9), %zmm0
	vmovups	%zmm0, 128(%r11,%r8)
	vmovups	12288(%r10,%r9), %zmm0
	leal	1(%rdi), %r10d
	movl	%r10d, %ebx
	shll	$6, %ebx
	shll	$8, %r10d
	vmovups	%zmm0, 192(%r11,%r8)
	leal	2(%rdi), %r11d
	vmovups	(%rbx,%r9), %zmm0
	vmovups	%zmm0, (%r10,%r8)
	vmovups	4096(%rbx,%r9), %zmm0
	vmovups	%zmm0, 64(%r10,%r8)
	vmovups	8192(%rbx,%r9), %zmm0
	vmovups	%zmm0, 128(%r10,%r8)
	vmovups	12288(%rbx,%r9), %zmm0
	movl	%r11d, %ebx
	shll	$6, %ebx
	shll	$8, %r11d
	vmovups	%zmm0, 192(%r10,%r8)
	leal	3(%rdi), %r10d
	vmovups	(%rbx,%r9), %zmm0
	vmovups	%zmm0, (%r11,%r8)
	vmovups	4096(%rbx,%r9), %zmm0
	vmovups	%zmm0, 64(%r11,%r8)
	vmovups	8192(%rbx,%r9), %zmm0
	vmovups	%zmm0, 128(%r11,%r8)
	vmovups	12288(%rbx,%r9), %zmm0
	movl	%r10d, %ebx
	shll	$6, %ebx
	shll	$8, %r10d
	vmovups	%zmm0, 192(%r11,%r8)
	leal	4(%rdi), %r11d
	vmovups	(%rbx,%r9), %zmm0
	vmovups	%zmm0, (%r10,%r8)
	vmovups	4096(%rbx,%r9), %zmm0
	vmovups	%zmm0, 64(%r10,%r8)
	vmovups	8192(%rbx,%r9), %zmm0
	vmovups	%zmm0, 128(%r10,%r8)
	vmovups	12288(%rbx,%r9), %zmm0
	movl	%r11d, %ebx
	shll	$6, %ebx
	shll	$8, %r11d
	vmovups	%zmm0, 192(%r10,%r8)
	leal	5(%rdi), %r10d
	vmovups	(%rbx,%r9), %zmm0
	vmovups	%zmm0, (%r11,%r8)
	vmovups	4096(%rbx,%r9), %zmm0
	vmovups	%zmm0, 64(%r11,%r8)
	vmovups	8192(%rbx,%r9), %zmm0
	vmovups	%zmm0, 128(%r11,%r8)
	vmovups	12288(%rbx,%r9), %zmm0
	movl	%r10d, %ebx
	shll	$6, %ebx
	shll	$8, %r10d
	vmovups	%zmm0, 192(%r11,%r8)
	leal	6(%rdi), %r11d
	orl	$7, %edi
	vmovups	(%rbx,%r9), %zmm0
	vmovups	%zmm0, (%r10,%r8)
	vmovups	4096(%rbx,%r9), %zmm0
	vmovups	%zmm0, 64(%r10,%r8)
	vmovups	8192(%rbx,%r9), %zmm0
	vmovups	%zmm0, 128(%r10,%r8)
	vmovups	12288(%rbx,%r9), %zmm0
	movl	%r11d, %ebx
	shll	$6, %ebx
	shll	$8, %r11d
	vmovups	%zmm0, 192(%r10,%r8)
	movl	%edi, %r10d
	shll	$6, %r10d
	shll	$8, %edi
	vmovups	(%rbx,%r9), %zmm0
	vmovups	%zmm0, (%r11,%r8)
	vmovups	4096(%rbx,%r9), %zmm0
	vmovups	%zmm0, 64(%r11,%r8)
	vmovups	8192(%rbx,%r9), %zmm0
	vmovups	%zmm0, 128(%r11,%r8)
	vmovups	12288(%rbx,%r9), %zmm0
	vmovups	%zmm0, 192(%r11,%r8)
	vmovups	(%r10,%r9), %zmm0
	vmovups	%zmm0, (%rdi,%r8)
	vmovups	4096(%r10,%r9), %zmm0
	vmovups	%zmm0, 64(%rdi,%r8)
	vmovups	8192(%r10,%r9), %zmm0
	vmovups	%zmm0, 128(%rdi,%r8)
	vmovups	12288(%r10,%r9), %zmm0
	vmovups	%zmm0, 192(%rdi,%r8)
	cmpq	$32768, %rdx
	jne	.LBB0_2
.LBB0_3:
	xorl	%eax, %eax
	popq	%rbx
	vzeroupper
	retq
.Lfunc_end0:
	.size	copy_bitcast_fusion, .Lfunc_end0-copy_bitcast_fusion

	.section	".note.GNU-stack","",@progbits
