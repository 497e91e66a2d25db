<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Press Releases | Financial Services and the Treasury Bureau</title></head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<header><a href="/en/">Financial Services and the Treasury Bureau</a></header>
<main id="content">
<h1>Press Releases</h1>
<table class="press-list">
<tr><th>Date</th><th>Title</th></tr>
<tr>
<td class="date">26/11/2025</td>
<td><a href="https://www.info.gov.hk/gia/general/202511/26/P2025112600293.htm">Speech by SFST at Bloomberg's Greater Bay Area FinTech Talent Initiative Summit (English only)</a>
<p class="summary">Mr Christopher Hui, Secretary for Financial Services and the Treasury, addressed the Greater Bay Area FinTech Talent Initiative Summit organised by Bloomberg, whose programme gave special weight to artificial intelligence and to synergies with Shenzhen; he also marked one year of the Hong Kong Family Office Nexus, a partnership between his bureau and Bloomberg.</p></td>
</tr>
<tr>
<td class="date">08/11/2025</td>
<td><a href="https://www.info.gov.hk/gia/general/202511/08/P2025110800262.htm">Remarks by SFST about fintech at media session</a>
<p class="summary">After a radio programme, Mr Christopher Hui told reporters that digital assets are regulated on the principle that similar business with similar risk gets similar regulation, and that the share of financial institutions using AI had grown from about a quarter three years earlier to about three quarters.</p></td>
</tr>
<tr>
<td class="date">26/06/2025</td>
<td><a href="https://www.info.gov.hk/gia/general/202506/26/P2025062600269.htm">Second policy statement on development of digital assets issued to scale Hong Kong to new heights of global digital asset leadership</a>
<p class="summary">The Government issued the Policy Statement 2.0 on the Development of Digital Assets in Hong Kong, which builds on the first statement of October 2022 and sets out the "LEAP" framework: legal and regulatory streamlining, expanding the suite of tokenised products, advancing use cases and cross-sectoral collaboration, and people and partnership development.</p></td>
</tr>
<tr>
<td class="date">28/10/2024</td>
<td><span class="title">Policy Statement on Responsible Application of Artificial Intelligence in the Financial Market</span>
<p class="summary">Issued at the opening of Hong Kong FinTech Week 2024, the statement describes AI in finance as data-driven, double-edged and dynamic, and commits the Government to a dual-track approach: helping the financial services sector adopt AI while addressing risks such as cybersecurity, data privacy and the protection of intellectual property rights.</p></td>
</tr>
<tr>
<td class="date">31/10/2022</td>
<td><span class="title">Policy Statement on Development of Virtual Assets in Hong Kong</span>
<p class="summary">Released on the first day of Hong Kong Fintech Week 2022, the statement sets out the Government's vision and approach for a vibrant virtual asset sector and ecosystem under the principle of "same activity, same risks, same regulation", with pilot projects including a tokenised green bond, non-fungible tokens for Fintech Week 2022 and work on the e-HKD.</p></td>
</tr>
</table>
</main>
<footer><p>Financial Services and the Treasury Bureau</p></footer>
</body>
</html>
