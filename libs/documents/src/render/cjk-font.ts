/**
 * The documents' typeface: Noto Sans SC (SIL Open Font License 1.1), the static TrueType files of
 * the npm package `@expo-google-fonts/noto-sans-sc`. It covers the Chinese text and the Latin
 * letters and digits alike; pdfkit embeds only the glyphs a document uses.
 */
export const CJK_FONT = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;
