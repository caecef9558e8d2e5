<?php
// Batch 42: an invented review report (JSON on stdin, batch42_content.py's description) drawn with PHP FPDF 1.8
// (Debian php-fpdf) in FPDF's own tutorial style. php batch42_fpdf.php OUT.pdf. Test-fixture tooling only.
require('/usr/share/php/fpdf/fpdf.php');

$rep = json_decode(file_get_contents('php://stdin'), true);
$plan = $rep['producer'] === 'fpdf_php_plan';

class ReviewPDF extends FPDF {
    public $short = '';
    public $tutorial = true;
    public $onCover = false;

    function Header() {
        if (!$this->tutorial || $this->onCover) return;
        $this->SetFont('Arial', 'B', 12);
        $w = $this->GetStringWidth($this->short) + 6;
        $this->SetX((210 - $w) / 2);
        $this->SetDrawColor(0, 80, 180);
        $this->SetFillColor(230, 230, 0);
        $this->SetTextColor(220, 50, 50);
        $this->SetLineWidth(1);
        $this->Cell($w, 9, $this->short, 1, 1, 'C', true);
        $this->Ln(10);
        $this->SetTextColor(0);
        $this->SetLineWidth(0.2);
        $this->SetDrawColor(0);
    }

    function Footer() {
        if ($this->onCover) return;
        $this->SetY(-15);
        $this->SetFont('Arial', 'I', 8);
        $this->SetTextColor(128);
        $this->Cell(0, 10, $this->tutorial ? 'Page ' . $this->PageNo() . '/{nb}' : 'Page ' . $this->PageNo(), 0, 0, 'C');
        $this->SetTextColor(0);
    }

    function ChapterTitle($num, $label) {
        if ($this->GetY() > 240) $this->AddPage();
        if ($this->tutorial) {
            $this->SetFont('Arial', '', 12);
            $this->SetFillColor(200, 220, 255);
            $this->Cell(0, 6, "Section $num : $label", 0, 1, 'L', true);
            $this->Ln(4);
        } else {
            $this->Ln(2);
            $this->SetFont('Arial', 'B', 14);
            $this->Cell(0, 8, $label, 0, 1);
            $this->Line($this->GetX(), $this->GetY(), 200, $this->GetY());
            $this->Ln(3);
        }
    }

    function Body($txt) {
        $this->SetFont($this->tutorial ? 'Times' : 'Arial', '', $this->tutorial ? 12 : 11);
        $this->MultiCell(0, $this->tutorial ? 5 : 5.5, $txt);
        $this->Ln(2);
    }

    function Item($label, $txt) {
        $this->SetFont($this->tutorial ? 'Times' : 'Arial', '', $this->tutorial ? 12 : 11);
        $x = $this->GetX();
        $this->Cell(8, 5, $label, 0, 0, 'R');
        $this->SetX($x + 10);
        $this->MultiCell(0, 5, $txt);
        $this->Ln(1.5);
    }

    function NbLines($w, $txt) {
        $cw = $this->CurrentFont['cw'];
        $wmax = ($w - 2 * $this->cMargin) * 1000 / $this->FontSize;
        $s = str_replace("\r", '', $txt);
        $nb = strlen($s);
        $sep = -1; $i = 0; $j = 0; $l = 0; $nl = 1;
        while ($i < $nb) {
            $c = $s[$i];
            if ($c == "\n") { $i++; $sep = -1; $j = $i; $l = 0; $nl++; continue; }
            if ($c == ' ') $sep = $i;
            $l += $cw[$c];
            if ($l > $wmax) {
                if ($sep == -1) { if ($i == $j) $i++; } else $i = $sep + 1;
                $sep = -1; $j = $i; $l = 0; $nl++;
            } else $i++;
        }
        return $nl;
    }

    // the FPDF 'table with MultiCells' recipe: every cell as tall as the row's tallest
    function Row($widths, $data, $fill = false) {
        $nb = 0;
        foreach ($data as $i => $d) $nb = max($nb, $this->NbLines($widths[$i], $d));
        $h = 5 * $nb;
        if ($this->GetY() + $h > $this->PageBreakTrigger) $this->AddPage($this->CurOrientation);
        foreach ($data as $i => $d) {
            $w = $widths[$i];
            $x = $this->GetX(); $y = $this->GetY();
            $this->Rect($x, $y, $w, $h, $fill ? 'DF' : 'D');
            $this->MultiCell($w, 5, $d, 0, 'L');
            $this->SetXY($x + $w, $y);
        }
        $this->Ln($h);
    }
}

$c = $rep['cover'];
$pdf = new ReviewPDF();
$pdf->tutorial = !$plan;
$pdf->short = $c['area'] . ' LCSPR: ' . $c['child_name'];
$pdf->SetTitle($c['title']);
$pdf->SetAuthor($c['partnership']);
$pdf->AliasNbPages();
if ($plan) {  // a cover page drawn with Cells
    $pdf->onCover = true;
    $pdf->AddPage();
    $pdf->SetFont('Arial', 'B', 12);
    $pdf->Cell(0, 10, $c['partnership'], 0, 1, 'R');
    $pdf->Ln(60);
    $pdf->SetFont('Arial', 'B', 20);
    $pdf->MultiCell(0, 10, $c['title'], 0, 'L');
    $pdf->Ln(10);
    $pdf->SetFont('Arial', '', 12);
    $pdf->Cell(0, 7, $c['by'], 0, 1);
    $pdf->Cell(0, 7, $c['date'], 0, 1);
    $pdf->Ln(80);
    $pdf->SetFont('Arial', 'I', 10);
    $pdf->MultiCell(0, 5, $rep['invented']);
    $pdf->onCover = false;
    $pdf->AddPage();
} else {
    $pdf->AddPage();
    $pdf->SetFont('Arial', 'B', 16);
    $pdf->MultiCell(0, 8, $c['title'], 0, 'C');
    $pdf->SetFont('Arial', '', 11);
    $pdf->Cell(0, 6, $c['partnership'], 0, 1, 'C');
    $pdf->Cell(0, 6, $c['by'] . ', ' . $c['date'], 0, 1, 'C');
    $pdf->SetFont('Arial', 'I', 9);
    $pdf->Cell(0, 6, $rep['invented'], 0, 1, 'C');
    $pdf->Ln(6);
}
$n = 0;
foreach ($rep['blocks'] as $b) {
    switch ($b[0]) {
        case 'h1': $pdf->ChapterTitle(++$n, $b[1]); break;
        case 'h2': $pdf->SetFont('Arial', 'B', 11); $pdf->Cell(0, 6, $b[1], 0, 1); break;
        case 'p': $pdf->Body($b[1]); break;
        case 'items':
            foreach ($b[2] as $i => $t) $pdf->Item($b[3] === 'ol' ? ($i + 1) . '.' : chr(149), $t);
            $pdf->Ln(2);
            break;
        case 'plan':
            $widths = [70, 55, 35, 30];
            $pdf->SetFont('Arial', 'B', 10);
            $pdf->SetFillColor(220, 220, 220);
            $pdf->Row($widths, ['Recommendation', 'Action', 'Lead', 'By when'], true);
            $pdf->SetFont('Arial', '', 10);
            foreach ($b[1] as $rec) {
                foreach ($rec[1] as $a) $pdf->Row($widths, [$rec[0], $a[0], $a[1], $a[2]]);
            }
            break;
    }
}
$pdf->Output('F', $argv[1]);
