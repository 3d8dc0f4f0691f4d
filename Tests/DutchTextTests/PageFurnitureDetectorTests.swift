import Testing

@testable import DutchText

@Suite struct PageFurnitureDetectorTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test(arguments: [
        "Tweede Kamer, vergaderjaar 1994-1995, 17 050, nr. 190",              // sgd-0000000696.txt
        "Tweede Kamer, vergaderjaar 1985-1986, 19200 hoofdstuk V, nr. 43",     // sgd-0000118094.txt
        "Tweede Kamer, vergaderjaar 1989-1990, 20 255 nr. 6",                  // sgd-0000036750.txt
        "Tweede Kamer, zitting 1975-1976, Aanhangsel",                          // sgd-historical, Aanhangsel pages
    ])
    func footersAreRecognized(line: String) {
        #expect(PageFurnitureDetector.isFooter(bytes(line)))
    }

    @Test(arguments: [
        "011692F ISSN0921 7371 SDU uitgeverij 's-Gravenhage 1990",              // sgd-0000038600.txt
        "91 5071F ISSN 0921 7371 SDU uitgeverij '",                             // sgd-0000036750.txt
        "311869F ISSN0921 -7363 Sdu Uitgevenj Plantijnstraat 's-Gravenhage 1993",
    ])
    func printerLinesAreRecognized(line: String) {
        #expect(PageFurnitureDetector.isPrinterLine(bytes(line)))
    }

    @Test(arguments: [
        "Tweede Kamer der Staten-Generaal",                                    // masthead, stays
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Tweede Kamer, 12 januari 2026",
        "De Minister van Financiën,",
        "Bij 1300 (filialen van) reisbureaus zijn in totaal 30 000 berichten opgemaakt.",
    ])
    func bodyLinesAreNotFooters(line: String) {
        #expect(!PageFurnitureDetector.isFooter(bytes(line)))
        #expect(!PageFurnitureDetector.isPrinterLine(bytes(line)))
        #expect(!PageFurnitureDetector.isPageLabel(bytes(line)))
    }

    @Test(arguments: ["Pagina 2 van 12", "Blad 3", "Page 2 of 5"])
    func pageLabelsAreRecognized(line: String) {
        #expect(PageFurnitureDetector.isPageLabel(bytes(line)))
    }

    @Test func repeatedPdfHeaderLinesLeaveTheText() {
        let raw = """
            Datum 12 januari 2026
            Onze referentie 7012345
            Hierbij ontvangt u de brief over de
            Pagina 1 van 2

            Datum 12 januari 2026
            Onze referentie 7012345
            verdeling van de solidariteitspool.
            Pagina 2 van 2
            """
        let result = TextNormalizer().normalize(raw)
        #expect(result.text == "Datum 12 januari 2026\nOnze referentie 7012345\nHierbij ontvangt u de brief over de verdeling van de solidariteitspool.")
        #expect(result.furniture == ["Pagina 1 van 2", "Datum 12 januari 2026", "Onze referentie 7012345", "Pagina 2 van 2"])
    }

    @Test func lonePageNumberNextToFooterIsFurniture() {
        // sgd-historical/sgd-0000108131.txt ends with a footer and a page number.
        let raw = "Bij mijn brief van 13 maart 1987 (17 649, nr. 82) zond ik u mijn beleidsvoornemens.\nTweede Kamer, vergaderjaar 1986-1987, 17 649, nr. 85\n1"
        let result = TextNormalizer().normalize(raw)
        #expect(result.furniture == ["Tweede Kamer, vergaderjaar 1986-1987, 17 649, nr. 85", "1"])
        #expect(result.text.hasSuffix("beleidsvoornemens."))
    }
}
